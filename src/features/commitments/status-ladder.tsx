import { useId, useState } from 'react';
import { STATUS_LADDER, STATUS_RULE } from '@/data/commitment-status';
import { EVENT_TYPE_LABELS } from '@/data/labels';

/** "How statuses are derived": a disclosure listing every rung, what reaches it, and the rule. */
export function StatusLadder() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="mt-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="min-h-6 text-sm text-accent underline underline-offset-2 hover:no-underline"
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        How statuses are derived
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="mt-2 rounded-lg border border-line bg-surface p-4 text-sm"
      >
        <p>{STATUS_RULE}</p>
        <ol className="mt-3 space-y-3">
          {STATUS_LADDER.map((rung, index) => (
            <li key={rung.id}>
              <p className="font-medium">
                {index + 1}. {rung.label}
              </p>
              <p className="text-muted">{rung.definition}</p>
              <p className="text-xs text-muted">
                {rung.reachedBy.length > 0
                  ? `Reached by: ${rung.reachedBy.map((type) => EVENT_TYPE_LABELS[type]).join(', ')}`
                  : 'The starting rung: no event is needed.'}
              </p>
            </li>
          ))}
        </ol>
        <p className="mt-3 text-xs text-muted">
          Shown beside the status, never moving it: {EVENT_TYPE_LABELS.welcomed},{' '}
          {EVENT_TYPE_LABELS.criticised}.
        </p>
      </div>
    </div>
  );
}
