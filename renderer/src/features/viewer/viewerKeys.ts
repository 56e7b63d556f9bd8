/** What a key press in the viewer does; pure so the mapping is tested without a browser. */
export type ViewerAction =
  | 'find'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'nextPage'
  | 'previousPage'
  | 'firstPage'
  | 'lastPage'
  | 'rotateClockwise'
  | 'rotateCounterClockwise';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Typing in a field (page number, find) keeps its letters and arrows. */
  inField: boolean;
}

export function viewerActionFor(press: KeyPress): ViewerAction | null {
  const command = press.ctrlKey || press.metaKey;
  if (press.altKey) return null;
  if (command) {
    switch (press.key) {
      case 'f':
      case 'F':
      case 'а': // The same physical key on a Russian or Kazakh layout.
      case 'А':
        return 'find';
      case '=':
      case '+':
        return 'zoomIn';
      case '-':
        return 'zoomOut';
      case '0':
        return 'zoomReset';
      default:
        return null;
    }
  }
  if (press.inField) return null;
  switch (press.key) {
    case 'n':
    case 'j':
    case 'ArrowRight':
      return 'nextPage';
    case 'p':
    case 'k':
    case 'ArrowLeft':
      return 'previousPage';
    case 'Home':
      return 'firstPage';
    case 'End':
      return 'lastPage';
    case 'r':
      return 'rotateClockwise';
    case 'R':
      return 'rotateCounterClockwise';
    default:
      return null;
  }
}
