import { useEffect } from 'react';

/**
 * Files dropped anywhere else on the page must not be opened by the browser (in Chromium a
 * dropped PDF replaces the app with a file:// page). The zone handles its own drops first and
 * marks them handled; everything else is refused here, with a "no drop" cursor.
 */
export function useRefuseStrayDrops(): void {
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    document.addEventListener('dragover', refuse);
    document.addEventListener('drop', refuse);
    return () => {
      document.removeEventListener('dragover', refuse);
      document.removeEventListener('drop', refuse);
    };
  }, []);
}
