import { use, useEffect, useId, useRef, type ReactNode } from 'react';
import type { ContentsEntry } from '@/lib/contents-list';
import { CopyButton } from '@/components/ui/copy-button';
import { DrawerContents } from '@/components/ui/drawer-contents';
import { DrawerLinkContext } from '@/components/ui/drawer-link-context';

export type DrawerProps = {
  open: boolean;
  title: ReactNode;
  /** A short line above the title, e.g. "Meeting". */
  kicker?: string;
  onClose: () => void;
  /**
   * The drawer's sections, for an "On this page" list at its top (headings with these ids);
   * `false`, `null` or `undefined` for a section not shown this time.
   */
  contents?: readonly (ContentsEntry | false | null | undefined)[];
  children: ReactNode;
};

/**
 * A modal side panel on the native <dialog>: the browser traps focus, closes it on Escape and
 * returns focus to where it was. Its header offers "Copy link" when a `DrawerLinkContext` gives
 * its address, and a long drawer starts with its contents.
 */
export function Drawer({ open, title, kicker, onClose, contents, children }: DrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const link = use(DrawerLinkContext);

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
            {link && (
              <CopyButton
                text={link}
                label="Copy link"
                copiedMessage="Link copied"
                className="flex min-h-9 flex-col items-end justify-center gap-0.5"
              />
            )}
            <button
              type="button"
              onClick={onClose}
              className="min-h-9 min-w-9 rounded-md border border-line text-lg leading-none hover:bg-accent-soft"
              aria-label="Close"
            >
              ×
            </button>
          </header>
          <div className="flex-1 px-5 py-4">
            {contents && <DrawerContents sections={contents} />}
            {children}
          </div>
        </div>
      )}
    </dialog>
  );
}
