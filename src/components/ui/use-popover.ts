import { useId, useRef, useState, type ToggleEvent } from 'react';

/**
 * A panel that its button opens as a native popover (`popover="auto"`): the browser closes it on
 * Escape (focus returns to the button) or on a click outside, and draws it in the top layer, so no
 * frame clips it. The panel's CSS places it at its button (anchor positioning). `open` follows the
 * browser's state, for `aria-expanded`; `close` hides the panel.
 */
export function usePopover<T extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panelRef = useRef<T>(null);
  return {
    open,
    close: () => panelRef.current?.hidePopover(),
    buttonProps: { popoverTarget: id, 'aria-controls': id, 'aria-expanded': open },
    panelProps: {
      id,
      ref: panelRef,
      popover: 'auto' as const,
      onToggle: (event: ToggleEvent<T>) => setOpen(event.newState === 'open'),
    },
  };
}
