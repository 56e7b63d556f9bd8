import { useState, type DragEvent } from 'react';
import { pathForFile } from '../../api';

/** The paths of dropped files and folders, each once; items without a path on disk are left out. */
export function droppedPaths(files: Iterable<File>, pathOf: (file: File) => string): string[] {
  const paths = new Set<string>();
  for (const file of files) {
    const path = pathOf(file);
    if (path) paths.add(path);
  }
  return [...paths];
}

/** Only drags that carry files concern us; dragged text or links pass through untouched. */
const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * A drop zone for files and folders from the file manager. `accepting` false (an import is
 * running) still shows the zone but refuses the drop. The paths come from the preload, since
 * the page itself cannot see where a dropped file lives.
 */
export function useFileDrop(accepting: boolean, onDrop: (paths: string[]) => void) {
  const [dragging, setDragging] = useState(false);
  // The last drop held nothing with a path (say, an attachment dragged out of a mail client).
  const [noPaths, setNoPaths] = useState(false);

  const over = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = accepting ? 'copy' : 'none';
    setDragging(true);
  };

  const zone = {
    onDragEnter: over,
    onDragOver: over,
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      // Moving between the zone's own children fires leave/enter pairs; only leaving it counts.
      const to = event.relatedTarget;
      if (to instanceof Node && event.currentTarget.contains(to)) return;
      setDragging(false);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      if (!accepting) return;
      const paths = droppedPaths(event.dataTransfer.files, pathForFile);
      setNoPaths(paths.length === 0);
      if (paths.length > 0) onDrop(paths);
    },
  };

  return { dragging, noPaths, zone };
}
