import { useMemo } from 'react';
import { PRACTICE_RULE } from '@/domain/commitment-practice';
import { useView } from '@/view/use-view';
import { DetailLink } from '@/view/detail-link';
import { PageLink } from '@/view/page-link';
import { filterCommitments } from '@/view/filter-records';
import { formatPartialDate } from '@/lib/dates';
import { countNoun } from '@/lib/plural';
import {
  summarizeReforms,
  type ReformSummary as ReformSummaryData,
} from '@/features/commitments/reform-summary-series';
import { PanelSection } from '@/components/ui/panel-section';
import { DataText } from '@/components/ui/data-text';
import { LINK_STYLE } from '@/lib/link-style';

/** A phone names the reversals in one line per kind, the most severe first. */
const REVERSAL_KINDS = [
  { status: 'reversed', label: 'Reversed' },
  { status: 'partly-reversed', label: 'Partly reversed' },
] as const;

/**
 * The Overview's answer to "what happened to the reforms": counts by completion (each a link to
 * those commitments), by practice, and every reversal by name, for the commitments that pass the
 * filters, as of the "View as of" date.
 */
export function ReformSummary() {
  const { dataset, filters, referenceDate } = useView();
  const summary = useMemo(
    () => summarizeReforms(filterCommitments(dataset, filters), dataset.index.statusByCommitment),
    [dataset, filters],
  );
  const all = dataset.commitments.length;
  return (
    <PanelSection name="reforms" title="How the reforms stand" className="mt-4 md:mt-8 lg:mt-0">
      {/* On a phone the completion follows on the same line (ReformLines). */}
      <p className="mt-1 text-sm text-muted max-md:inline">
        {summary.total === all
          ? countNoun(all, 'commitment', 'commitments')
          : `${summary.total} of ${countNoun(all, 'commitment', 'commitments')} (filtered)`}
        , as of {formatPartialDate(referenceDate)}.
      </p>
      {summary.total > 0 && <ReformLines summary={summary} />}
      {summary.total > 0 && (
        <dl data-only="wide" className="mt-2 space-y-2 text-sm">
          <div>
            <dt className="font-medium">Completion</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {summary.completion.map((row) => (
                  <li key={row.id}>
                    <PageLink
                      page="commitments"
                      filters={{ statuses: [row.id] }}
                      className={`${LINK_STYLE} inline-flex min-h-6 items-center`}
                    >
                      {/* One flex item: a flex container drops the space between its items. */}
                      <span>
                        <span className="font-semibold tabular-nums">{row.count}</span> {row.label}
                      </span>
                    </PageLink>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt className="font-medium">
              In practice <span className="font-normal text-muted">(newest finding)</span>
            </dt>
            <dd>
              {[
                ...summary.practice.map((row) => `${row.count} ${row.label.toLowerCase()}`),
                `${summary.noPracticeFinding} with no finding recorded`,
              ].join(' · ')}
              <details className="text-xs text-muted">
                <summary className="min-h-6 cursor-pointer">How practice is told</summary>
                {PRACTICE_RULE}
                {summary.governmentReportedPractice > 0 &&
                  ` Here ${summary.governmentReportedPractice} of the findings counted are government-reported.`}
              </details>
            </dd>
          </div>
          {summary.reversals.length > 0 && (
            <div>
              <dt className="font-medium text-danger">Reversed or narrowed</dt>
              <dd>
                <ul>
                  {summary.reversals.map((reversal) => (
                    <li key={reversal.id}>
                      <DetailLink
                        target={{ kind: 'commitment', id: reversal.id }}
                        className={`${LINK_STYLE} inline-flex min-h-6 items-center`}
                      >
                        <DataText>{reversal.title}</DataText>
                      </DetailLink>{' '}
                      <span className="text-muted">
                        ({reversal.status === 'reversed' ? 'reversed' : 'partly reversed'})
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      <p className="mt-2 text-sm max-md:hidden">
        <PageLink page="commitments" className={`${LINK_STYLE} inline-flex min-h-6 items-center`}>
          Every commitment with its evidence
        </PageLink>
      </p>
    </PanelSection>
  );
}

/**
 * The same summary in a phone's two lines, for its first screen: completion (each count a link to
 * those commitments, as in the wider list) and the reversals by name. Practice, a line more, is on
 * the Commitments page, which the counts lead to.
 */
function ReformLines({ summary }: { summary: ReformSummaryData }) {
  return (
    <div data-only="phone" className="inline text-sm">
      <p className="inline">
        {' '}
        <span className="font-medium">Completion: </span>
        {summary.completion.map((row, index) => (
          <span key={row.id}>
            {index > 0 && ' · '}
            <PageLink page="commitments" filters={{ statuses: [row.id] }} className={LINK_STYLE}>
              {row.count} {row.label.toLowerCase()}
            </PageLink>
          </span>
        ))}
      </p>
      {REVERSAL_KINDS.map(({ status, label }) => {
        const named = summary.reversals.filter((reversal) => reversal.status === status);
        if (named.length === 0) return null;
        return (
          <p key={status} className="mt-0.5">
            <span className="font-medium text-danger">{label}: </span>
            {named.map((reversal, index) => (
              <span key={reversal.id}>
                {index > 0 && '; '}
                <DetailLink target={{ kind: 'commitment', id: reversal.id }} className={LINK_STYLE}>
                  <DataText>{reversal.title}</DataText>
                </DetailLink>
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
