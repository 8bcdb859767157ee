import { useEffect, useId, useRef, type ReactNode } from 'react';

export type DrawerProps = {
  open: boolean;
  title: ReactNode;
  /** A short line above the title, e.g. "Meeting". */
  kicker?: string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A modal side panel on the native <dialog>: the browser traps focus, closes it on Escape and
 * returns focus to where it was.
 */
export function Drawer({ open, title, kicker, onClose, children }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-2xl overflow-y-auto border-l border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      {open && (
        <div className="flex min-h-full flex-col">
          <header className="sticky top-0 z-10 flex items-start gap-3 border-b border-line bg-surface px-5 py-4">
            <div className="min-w-0 flex-1">
              {kicker && (
                <p className="text-xs font-semibold tracking-wide text-accent uppercase">
                  {kicker}
                </p>
              )}
              <h2 id={titleId} className="text-lg font-semibold wrap-anywhere">
                {title}
              </h2>
            </div>
            <button
              type="button"
              onClick={onClose}
              className="min-h-9 min-w-9 rounded-md border border-line text-lg leading-none hover:bg-accent-soft"
              aria-label="Close"
            >
              ×
            </button>
          </header>
          <div className="flex-1 px-5 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
