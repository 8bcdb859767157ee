import {
  COMMITMENT_KINDS,
  KIND_RULES,
  SHARED_RUNGS,
  type KindRule,
} from '@/domain/commitment-kinds';
import { PRACTICE_RULE, PRACTICE_SCALE } from '@/domain/commitment-practice';
import { STATUS_RULE, STATUS_SCALE } from '@/domain/commitment-status';
import { EVENT_TYPE_LABELS, VOICE_LABELS } from '@/domain/labels';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { Voice } from '@/domain/schema';
import { cn } from '@/lib/cn';
import { LINK_STYLE } from '@/lib/link-style';

const VOICES = Object.keys(VOICE_LABELS) as Voice[];

type Rung = KindRule['rungs'][number];
const describeRung = (rung: Rung) =>
  `${rung.label} (${rung.reachedBy.map((type) => EVENT_TYPE_LABELS[type].toLowerCase()).join(', ')})`;

/** A kind's own rungs, after the ones every kind shares; an announcement has none of its own. */
const ownRungs = (rule: KindRule) =>
  rule.rungs.filter((rung) => rung.reachedBy.length > 0 && !SHARED_RUNGS.includes(rung));
const CELL = 'py-1.5 pr-3 align-top';

/** "How completion and practice are derived": every published rule the commitments panel applies. */
export function StatusLegend() {
  return (
    <details className="mt-3 text-sm">
      <summary className={cn(LINK_STYLE, 'min-h-6 cursor-pointer')}>
        How completion and practice are derived
      </summary>
      <div className="mt-2 space-y-4 rounded-lg border border-line bg-surface p-4">
        <section aria-labelledby="legend-completion">
          <h3 id="legend-completion" className="font-semibold">
            Completion: what was formally done
          </h3>
          <p className="mt-1">{STATUS_RULE}</p>
          <p className="mt-1">
            Every kind starts at No evidence, then {SHARED_RUNGS.map(describeRung).join(' → ')}.
          </p>
          <ScrollRegion label="Kinds of commitment" className="mt-2">
            <table className="w-full min-w-xl text-left">
              <caption className="sr-only">
                Kinds of commitment, their rungs and what complete means for each
              </caption>
              <thead className="border-b border-line text-muted">
                <tr>
                  <th scope="col" className={`${CELL} font-medium`}>
                    Kind
                  </th>
                  <th scope="col" className={`${CELL} font-medium`}>
                    Then, and the acts that reach each rung
                  </th>
                  <th scope="col" className={`${CELL} font-medium`}>
                    Complete when
                  </th>
                </tr>
              </thead>
              <tbody>
                {COMMITMENT_KINDS.map((kind) => {
                  const rule = KIND_RULES[kind];
                  return (
                    <tr key={kind} className="border-b border-line last:border-b-0">
                      <th scope="row" className={`${CELL} font-medium`}>
                        {rule.label}
                        <span className="block text-xs font-normal text-muted">
                          {rule.definition}
                        </span>
                      </th>
                      <td className={CELL}>
                        {ownRungs(rule).map(describeRung).join(' → ') || 'Nothing after Announced'}
                      </td>
                      <td className={CELL}>{rule.complete}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="mt-2">The status filter and chart use one scale for every kind:</p>
          <ScaleList scale={STATUS_SCALE} />
        </section>
        <section aria-labelledby="legend-practice">
          <h3 id="legend-practice" className="font-semibold">
            Practice: what changed for people
          </h3>
          <p className="mt-1">{PRACTICE_RULE}</p>
          <ScaleList scale={PRACTICE_SCALE} />
          <p className="mt-2">
            Whose word each event is: {VOICES.map((voice) => VOICE_LABELS[voice]).join('; ')}.
            Positions ({EVENT_TYPE_LABELS.welcomed.toLowerCase()},{' '}
            {EVENT_TYPE_LABELS.criticised.toLowerCase()}, {EVENT_TYPE_LABELS.urged.toLowerCase()})
            are shown with their author and move nothing.
          </p>
        </section>
      </div>
    </details>
  );
}

type ScaleEntry = { id: string; label: string; definition: string };

function ScaleList({ scale }: { scale: readonly ScaleEntry[] }) {
  return (
    <ul className="mt-1 list-disc pl-5">
      {scale.map((entry) => (
        <li key={entry.id}>
          <span className="font-medium">{entry.label}</span>: {entry.definition}
        </li>
      ))}
    </ul>
  );
}
