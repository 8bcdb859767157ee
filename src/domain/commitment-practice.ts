import type { CommitmentEvent, PracticeFinding, Voice } from '@/domain/schema';

/** The practice scale, adapted from OGP's "Did it open government?": the source's finding, not ours. */
export const PRACTICE_SCALE = [
  {
    id: 'applied',
    label: 'Applied',
    definition:
      'The source reports the reform applied: figures, rulings, cases handled, a body at work.',
  },
  {
    id: 'shortfalls',
    label: 'Applied with shortfalls',
    definition: 'The source finds it applied in part, or the problem it addresses persisting.',
  },
  {
    id: 'no-change',
    label: 'No change found',
    definition: 'The source finds no change in practice.',
  },
  {
    id: 'worsened',
    label: 'Worsened',
    definition: 'The source finds the rights concerned worse off.',
  },
] as const satisfies readonly { id: PracticeFinding; label: string; definition: string }[];

export const PRACTICE_RULE =
  'Practice is told only by practice findings, each with whose word it is. ' +
  'The headline is the newest finding from outside the Kazakh government (a court, the EU, a foreign government, a UN or intergovernmental body, or an independent organisation); ' +
  'when there is none, the newest finding the Kazakh government reported is shown and marked “government-reported”.';

export type PracticeHeadline = {
  event: CommitmentEvent;
  finding: PracticeFinding;
  /** True when no finding from outside the Kazakh government is recorded. */
  governmentReported: boolean;
};

export type PracticeSummary = {
  headline: PracticeHeadline | null;
  /** Findings reported by the Kazakh government. */
  governmentReported: number;
  /** Findings from anyone else. */
  outsideGovernment: number;
};

export const NO_PRACTICE: PracticeSummary = {
  headline: null,
  governmentReported: 0,
  outsideGovernment: 0,
};

/** Whether a voice is the Kazakh government's own: its claims about itself are shown as such. */
export function isGovernmentVoice(voice: Voice): boolean {
  return voice === 'kazakh-government';
}

/**
 * The practice findings among events sorted oldest first, summed up by PRACTICE_RULE; events that
 * are not `assessed` (or lack a finding) are ignored. No finding → a null headline.
 */
export function summarizePractice(sortedEvents: readonly CommitmentEvent[]): PracticeSummary {
  let government: CommitmentEvent | null = null;
  let outside: CommitmentEvent | null = null;
  let governmentReported = 0;
  let outsideGovernment = 0;
  for (const event of sortedEvents) {
    if (event.type !== 'assessed' || event.finding === undefined) continue;
    if (isGovernmentVoice(event.voice)) {
      government = event;
      governmentReported += 1;
    } else {
      outside = event;
      outsideGovernment += 1;
    }
  }
  const chosen = outside ?? government;
  return {
    headline: chosen?.finding
      ? { event: chosen, finding: chosen.finding, governmentReported: outside === null }
      : null,
    governmentReported,
    outsideGovernment,
  };
}

/** The label of a finding, e.g. `shortfalls` → "Applied with shortfalls". */
export function practiceLabel(finding: PracticeFinding): string {
  return PRACTICE_SCALE.find((entry) => entry.id === finding)?.label ?? finding;
}
