import { useCallback, useId, useRef, useState, type RefObject } from 'react';
import { useExportContext } from '@/components/chart/export/export-context';
import type { ChartExportSpec, ExportTheme } from '@/components/chart/export/export-types';
import { menuSide } from '@/components/chart/menu-side';
import { cn } from '@/lib/cn';
import { useDismiss } from '@/components/ui/use-dismiss';

export type ExportMenuProps = {
  title: string;
  /** Builds the rows, records and legend to export; called once per export. */
  getSpec: () => ChartExportSpec;
  frameRef: RefObject<HTMLElement | null>;
};

const FORMATS = [
  { format: 'png', label: 'Download PNG' },
  { format: 'svg', label: 'Download SVG' },
  { format: 'csv', label: 'Download CSV' },
  { format: 'json', label: 'Download data (JSON)' },
] as const;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; reason: string };

/** "Export" opens PNG, SVG, CSV and JSON downloads; the export code loads on first use. */
export function ExportMenu({ title, getSpec, frameRef }: ExportMenuProps) {
  const context = useExportContext();
  const [open, setOpen] = useState(false);
  const [side, setSide] = useState<'left' | 'right'>('right');
  const [theme, setTheme] = useState<ExportTheme>('light');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const themeId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);
  if (!context) return null;

  const run = async (format: (typeof FORMATS)[number]['format']) => {
    const frame = frameRef.current;
    setStatus({ kind: 'busy' });
    setOpen(false);
    buttonRef.current?.focus();
    try {
      if (!frame) throw new Error('the chart is not on the page');
      const { exportChart } = await import('@/components/chart/export/export-chart');
      const spec = getSpec();
      const file = await exportChart({ format, frame, title, spec, context, theme });
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          const [button, frame, menu] = [buttonRef.current, frameRef.current, menuRef.current];
          if (!open && button && frame && menu)
            setSide(
              menuSide(
                button.getBoundingClientRect(),
                frame.getBoundingClientRect(),
                menuWidth(menu),
              ),
            );
          setOpen(!open);
        }}
        className="min-h-8 rounded-md border border-line bg-surface px-3 text-sm hover:bg-accent-soft"
      >
        Export <span className="sr-only">{title}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <div
        ref={menuRef}
        id={panelId}
        hidden={!open}
        className={cn(
          'absolute z-30 mt-1 w-64 rounded-md border border-line bg-surface p-2 text-sm shadow-lg',
          side === 'left' ? 'left-0' : 'right-0',
        )}
      >
        <div className="mb-2 flex flex-col px-1">
          <label htmlFor={themeId} className="text-xs text-muted">
            Image theme
          </label>
          <select
            id={themeId}
            value={theme}
            onChange={(event) => setTheme(event.target.value as ExportTheme)}
            className="mt-0.5 min-h-8 rounded border border-line bg-surface px-1 text-ink"
          >
            <option value="light">Light, for print</option>
            <option value="current">As on screen</option>
          </select>
        </div>
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            disabled={status.kind === 'busy'}
            onClick={() => void run(format)}
            className="block min-h-8 w-full rounded px-2 text-left hover:bg-accent-soft disabled:opacity-50"
          >
            {label}
          </button>
        ))}
      </div>
      <p role="status" className="mt-1 max-w-64 text-right text-xs text-muted">
        {status.kind === 'busy' && 'Preparing the file…'}
        {status.kind === 'done' && `Downloaded ${status.file}`}
      </p>
      {status.kind === 'failed' && (
        <p role="alert" className="mt-1 max-w-64 text-xs text-danger">
          Export failed: {status.reason}. The dashboard is unaffected; try again.
        </p>
      )}
    </div>
  );
}

/** The width the menu will take: it is hidden, so it has no box yet, but its CSS width is known. */
function menuWidth(menu: HTMLElement): number {
  return parseFloat(getComputedStyle(menu).width) || 256;
}
