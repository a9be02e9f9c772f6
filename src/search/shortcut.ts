/** The keys that open search, and when they must not. */
export interface KeyPress {
  key: string;
  metaKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  /** Whether focus is in a text field, a select or an editable element. */
  typing: boolean;
}

/**
 * ⌘K (Apple) or Ctrl K (elsewhere) open search from anywhere, even a text
 * field; "/" opens it only when the reader is not typing, so it can still be typed.
 */
export function opensSearch(press: KeyPress): boolean {
  if (press.altKey) return false;
  if (press.key.toLowerCase() === 'k') return press.metaKey !== press.ctrlKey;
  return press.key === '/' && !press.metaKey && !press.ctrlKey && !press.typing;
}
