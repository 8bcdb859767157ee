import { useCallback, useId, useRef, useState, type RefObject } from 'react';
import { MAX_DATASET_BYTES } from '@/data/dataset-limits';
import { useDismiss } from '@/components/ui/use-dismiss';
import { formatMegabytes } from '@/features/dataset/dataset-summary';

const SCHEMA_URL = `${import.meta.env.BASE_URL}data/dialogue-dataset.schema.json`;
const ITEM = 'block min-h-8 w-full rounded px-2 text-left hover:bg-accent-soft disabled:opacity-50';

export type DatasetMenuProps = {
  /** The menu's button: where focus goes back to when the menu, the file dialog or a panel closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** False until the app has started (the prerendered page): the picker cannot work yet. */
  canChoose: boolean;
  /** A file of the user's is on screen: the menu offers the way back too. */
  custom: boolean;
  onChoose: () => void;
  onShowBundled: () => void;
};

/**
 * "Dataset ▾": opening one's own file, what such a file must be (the published JSON Schema, the
 * size cap, nothing uploaded) and the way back to the bundled dataset. The same disclosure as the
 * charts' Export menu (button with aria-expanded, a panel after it in tab order, Escape and a press
 * outside close it): happy-dom, the component tests' DOM, has no popover API, so a native
 * popover could not be tested there.
 */
export function DatasetMenu({
  buttonRef,
  canChoose,
  custom,
  onChoose,
  onShowBundled,
}: DatasetMenuProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);
  // The item goes away with the menu: focus goes to the button first, so the file dialog (or the
  // dataset it opens) hands focus back there.
  const act = (action: () => void) => () => {
    setOpen(false);
    buttonRef.current?.focus();
    action();
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="min-h-8 rounded-md border border-line bg-surface px-3 text-xs hover:bg-accent-soft"
      >
        Dataset<span aria-hidden="true"> ▾</span>
      </button>
      <div
        id={panelId}
        role="group"
        aria-label="Dataset"
        hidden={!open}
        className="absolute right-0 z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-line bg-surface p-2 text-sm shadow-lg"
      >
        <button type="button" disabled={!canChoose} onClick={act(onChoose)} className={ITEM}>
          Open your own file…
        </button>
        {custom && (
          <button type="button" onClick={act(onShowBundled)} className={ITEM}>
            Back to the bundled dataset
          </button>
        )}
        <p className="mt-1 border-t border-line px-2 pt-2 text-xs text-muted">
          Your own file is checked in this browser; nothing is uploaded. It must follow the{' '}
          <a className="text-accent underline underline-offset-2" href={SCHEMA_URL}>
            published JSON Schema
          </a>{' '}
          and be at most {formatMegabytes(MAX_DATASET_BYTES)}. You can also drop it anywhere on the
          page.
        </p>
      </div>
    </div>
  );
}
