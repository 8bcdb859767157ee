import { useMemo } from 'react';
import { useView } from '@/view/use-view';
import { ResultCount } from '@/components/ui/result-count';
import { filterContacts } from '@/features/contacts/contacts-series';
import { PanelSection } from '@/components/ui/panel-section';

/**
 * Summits and cooperation councils between the same governments, beside the dialogues: listed on
 * their own, never as dialogue rounds (not on the timeline, not in the meeting counts).
 */
export function ContactsSection() {
  const { dataset, filters, openDetail } = useView();
  const rows = useMemo(() => filterContacts(dataset, filters), [dataset, filters]);
  const total = (dataset.contacts ?? []).length;
  return (
    <PanelSection name="contacts" title="Related high-level contacts">
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Summits, cooperation councils and other high-level meetings between the same governments.
        They are not rounds of either human-rights dialogue, so they are not on the timeline or in
        the meeting counts. Each says what the sources record about human rights on its agenda,
        including calls by human-rights organisations to put them there. The Year, Dialogue
        (contacts between its parties), Search and View as of filters apply; Topic and Status do
        not.
      </p>
      {total === 0 ? (
        <p className="mt-3 text-sm">No high-level contacts are recorded in this dataset.</p>
      ) : (
        <ResultCount shown={rows.length} total={total} noun="contacts" />
      )}
      {total === 0 ? null : rows.length === 0 ? (
        <p role="status" className="mt-3 text-sm">
          No high-level contact matches these filters.
        </p>
      ) : (
        <ol
          aria-label="High-level contacts in date order"
          className="mt-3 grid gap-2 sm:grid-cols-2"
        >
          {rows.map((row) => (
            <li key={row.id} className="rounded-lg border border-line bg-surface p-3">
              <p className="text-sm">
                <span className="font-medium">{row.dateLabel}</span>
                <span className="text-muted"> · {row.kindLabel}</span>
              </p>
              <button
                type="button"
                onClick={() => openDetail({ kind: 'contact', id: row.id })}
                className="mt-1 min-h-6 text-left font-semibold text-accent underline underline-offset-2"
              >
                {row.name}
              </button>
              <p className="text-sm text-muted">
                {row.place} · {row.parties}
              </p>
              <p className="text-sm">{row.humanRights}</p>
            </li>
          ))}
        </ol>
      )}
    </PanelSection>
  );
}
