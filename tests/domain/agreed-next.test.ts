import {
  agreedNextOf,
  describeAgreedNextBriefly,
  nextMeetingAgreements,
} from '@/domain/agreed-next';
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

const washington2025 = makeMeeting({
  id: 'round-4',
  round: 4,
  status: 'planned',
  date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence() },
  location: {
    city: 'Washington',
    country: 'United States',
    format: 'unknown',
    evidence: evidence(),
  },
});

function agreeing(...outcomes: Meeting['outcomes']): Meeting {
  return makeMeeting({ id: 'round-3', outcomes });
}

const next = (meeting?: string): Meeting['outcomes'][number] => ({
  kind: 'next-meeting-agreed',
  text: 'The sides agreed to hold the next meeting in Washington in 2025.',
  meeting,
  evidence: evidence(),
});

const byId = new Map([[washington2025.id, washington2025]]);

describe(nextMeetingAgreements, () => {
  it('keeps only the outcomes that agree a next meeting, each with the meeting it names', () => {
    const statement = {
      kind: 'joint-statement' as const,
      text: 'A statement.',
      evidence: evidence(),
    };
    expect(nextMeetingAgreements(agreeing(statement, next('round-4')), byId)).toEqual([
      { outcome: next('round-4'), agreed: washington2025 },
    ]);
  });

  it('gives null for an agreed meeting the dataset does not hold or the outcome does not name', () => {
    const agreements = nextMeetingAgreements(agreeing(next('round-9'), next()), byId);
    expect(agreements.map((agreement) => agreement.agreed)).toEqual([null, null]);
  });

  it('returns [] for a meeting that agreed nothing', () => {
    expect(nextMeetingAgreements(agreeing(), byId)).toEqual([]);
  });
});

describe(describeAgreedNextBriefly, () => {
  const brief = (agreed: Meeting | null) =>
    describeAgreedNextBriefly({ outcome: next(agreed?.id), agreed });

  it('gives the place and the year of the agreed meeting', () => {
    expect(brief(washington2025)).toBe('Washington, 2025');
  });

  it('gives only the year of a meeting since held on a known day, as the agreement gave it', () => {
    const held = makeMeeting();
    expect(brief(held)).toBe('Nur-Sultan, 2022');
  });

  it.each([
    [{ city: null, country: 'Belgium', format: 'in-person' as const }, 'Belgium, 2025'],
    [{ city: null, country: null, format: 'online' as const }, 'online, 2025'],
    [{ city: null, country: null, format: 'unknown' as const }, '2025'],
  ])('says where from %j: "%s"', (where, text) => {
    const meeting = { ...washington2025, location: { ...where, evidence: evidence() } };
    expect(brief(meeting)).toBe(text);
  });

  it('marks an uncertain year with "c."', () => {
    const uncertain = {
      ...washington2025,
      date: { value: '2024', precision: 'year' as const, uncertain: true, evidence: evidence() },
    };
    expect(brief(uncertain)).toBe('Washington, c. 2024');
  });

  it('says so when the outcome names no meeting the dataset holds', () => {
    expect(brief(null)).toBe('a next round, no place or year recorded');
  });
});
