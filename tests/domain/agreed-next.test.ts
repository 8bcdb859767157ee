import { agreedNextOf } from '@/domain/agreed-next';
import { indexDataset } from '@/domain/dataset-index';
import type { Meeting } from '@/domain/schema';
import { evidence, makeDataset, makeMeeting } from '../support/fixtures';

const base = makeDataset();
const planned = base.meetings[1]!;
const withOutcomes = (outcomes: Meeting['outcomes']) => {
  const meeting = makeMeeting({ outcomes });
  return { meeting, dataset: indexDataset({ ...base, meetings: [meeting, planned] }) };
};

describe(agreedNextOf, () => {
  const agreement = {
    kind: 'next-meeting-agreed' as const,
    text: 'Next in 2025.',
    meeting: 'meeting-2',
    evidence: evidence('src-a', 'next year'),
  };

  it('keeps only the next-meeting agreements, with the agreed meeting planned during its year', () => {
    const { meeting, dataset } = withOutcomes([
      { kind: 'statement', text: 'A statement.', evidence: evidence() },
      agreement,
    ]);
    expect(agreedNextOf(dataset, meeting, '2025-06-01')).toEqual([
      {
        text: 'Next in 2025.',
        meeting: { id: 'meeting-2', label: 'A round 2', standing: 'planned', standingNote: null },
        evidence: agreement.evidence,
      },
    ]);
  });

  it('says "no record found" once the agreed year is over', () => {
    const { meeting, dataset } = withOutcomes([agreement]);
    expect(agreedNextOf(dataset, meeting, '2026-01-01')[0]?.meeting).toMatchObject({
      standing: 'not-confirmed',
      standingNote: 'agreed for 2025, no record found',
    });
  });

  it('keeps an agreement naming no meeting (or one not in the dataset) without a meeting', () => {
    const { meeting, dataset } = withOutcomes([
      { ...agreement, meeting: undefined },
      { ...agreement, meeting: 'elsewhere' },
    ]);
    expect(agreedNextOf(dataset, meeting, '2025-06-01').map((a) => a.meeting)).toEqual([
      null,
      null,
    ]);
  });

  it('is empty when nothing was agreed', () => {
    const { meeting, dataset } = withOutcomes([]);
    expect(agreedNextOf(dataset, meeting, '2025-06-01')).toEqual([]);
  });
});
