/** The parts of a mouse event that say how the link was clicked. */
export type ClickKeys = Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>;

/**
 * A primary-button click with no modifier: the app may handle it in place. Any other click (middle
 * button, Ctrl/⌘ for a new tab, Shift for a window, Alt to download) is left to the browser.
 */
export function isPlainClick(event: ClickKeys): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
