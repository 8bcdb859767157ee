import { readFileSync } from 'node:fs';
import { datasetAsOf } from '@/domain/as-of';
import {
  describeNotConfirmed,
  describeNotConfirmedBriefly,
  findMeetingAgreement,
  meetingStanding,
  NOT_CONFIRMED_RULE,
} from '@/domain/meeting-standing';
import type { DatePrecision, Meeting } from '@/domain/schema';
import { evidence, makeDataset, makeMeeting } from '../support/fixtures';

function plannedFor(value: string, precision: DatePrecision): Meeting {
  return makeMeeting({
    id: 'planned',
    round: 4,
    status: 'planned',
    date: { value, precision, uncertain: false, evidence: evidence() },
  });
}

describe(meetingStanding, () => {
  it.each([
    ['a year, on its last day', '2025', 'year', '2025-12-31', 'planned'],
    ['a year, the day after it ended', '2025', 'year', '2026-01-01', 'not-confirmed'],
    ['a year, before it began', '2025', 'year', '2024-06-01', 'planned'],
    ['a year, within it', '2025', 'year', '2025-06-01', 'planned'],
    ['a month, on its last day', '2025-06', 'month', '2025-06-30', 'planned'],
    ['a month, the day after', '2025-06', 'month', '2025-07-01', 'not-confirmed'],
    ['February of a leap year, on the 29th', '2024-02', 'month', '2024-02-29', 'planned'],
    ['February of a leap year, on 1 March', '2024-02', 'month', '2024-03-01', 'not-confirmed'],
    ['a day, on that day', '2025-03-06', 'day', '2025-03-06', 'planned'],
    ['a day, the day after', '2025-03-06', 'day', '2025-03-07', 'not-confirmed'],
    ['a day, years later', '2025-03-06', 'day', '2026-12-06', 'not-confirmed'],
  ] as const)(
    'a planned meeting for %s is %s',
    (_case, value, precision, referenceDate, expected) => {
      expect(meetingStanding(plannedFor(value, precision), referenceDate)).toBe(expected);
    },
  );

  it('leaves held meetings held on any reference date, before or after their date', () => {
    const held = makeMeeting();
    expect(meetingStanding(held, '2020-01-01')).toBe('held');
    expect(meetingStanding(held, '2026-12-06')).toBe('held');
  });

  it('follows the reference date: planned as of a day in 2025, not confirmed from 2026', () => {
    const round4 = plannedFor('2025', 'year');
    expect(meetingStanding(round4, '2025-06-01')).toBe('planned');
    expect(meetingStanding(round4, '2026-01-01')).toBe('not-confirmed');
  });

  it('judges the meeting as the "View as of" dataset has it, before and after its period', () => {
    // The fixture's meeting-1 (held 11 April 2022) agrees meeting-2, planned for 2025.
    const base = makeDataset();
    const dataset = makeDataset({
      meetings: [
        makeMeeting({ outcomes: [{ ...agreement, meeting: 'meeting-2' }] }),
        base.meetings[1]!,
      ],
    });
    const standingAsOf = (asOf: string) => {
      const meeting = datasetAsOf(dataset, asOf).meetings.find((m) => m.id === 'meeting-2');
      return meeting && meetingStanding(meeting, asOf);
    };
    expect(standingAsOf('2025-06-01')).toBe('planned');
    expect(standingAsOf('2025-12-31')).toBe('planned');
    expect(standingAsOf('2026-01-01')).toBe('not-confirmed');
  });
});

const agreement = {
  kind: 'next-meeting-agreed' as const,
  text: 'Next in 2025.',
  meeting: 'planned',
  evidence: evidence('src-a', 'hold the next meeting in 2025'),
};

describe(findMeetingAgreement, () => {
  it('finds the meeting whose next-meeting-agreed outcome names the meeting', () => {
    const round3 = makeMeeting({ id: 'r3', round: 3, outcomes: [agreement] });
    const found = findMeetingAgreement([round3, plannedFor('2025', 'year')], 'planned');
    expect(found?.agreedAt.id).toBe('r3');
    expect(found?.outcome.evidence[0]?.quote).toBe('hold the next meeting in 2025');
  });

  it('takes the latest agreement when two meetings agreed the same round', () => {
    const early = makeMeeting({ id: 'early', outcomes: [agreement] });
    const late = makeMeeting({
      id: 'late',
      date: { value: '2024-05-20', precision: 'day', uncertain: false, evidence: evidence() },
      outcomes: [agreement],
    });
    expect(findMeetingAgreement([late, early], 'planned')?.agreedAt.id).toBe('late');
    expect(findMeetingAgreement([early, late], 'planned')?.agreedAt.id).toBe('late');
  });

  it('ignores other outcomes and returns null when nothing agreed the meeting', () => {
    const statement = makeMeeting({
      outcomes: [{ ...agreement, kind: 'statement' }],
    });
    expect(findMeetingAgreement([statement], 'planned')).toBeNull();
    expect(findMeetingAgreement([], 'planned')).toBeNull();
  });
});

describe(describeNotConfirmed, () => {
  it('names the agreed period, the meeting that agreed it and the reference date', () => {
    const round3 = makeMeeting({
      id: 'r3',
      round: 3,
      date: { value: '2024-05-20', precision: 'day', uncertain: false, evidence: evidence() },
      outcomes: [agreement],
    });
    expect(
      describeNotConfirmed(
        plannedFor('2025', 'year'),
        { agreedAt: round3, outcome: agreement },
        '2026-12-06',
      ),
    ).toBe(
      'Agreed for 2025 (at round 3, 20 May 2024); no record that it took place has been found by 6 December 2026.',
    );
  });

  it('names an unnumbered meeting by its date, and says "planned" without a recorded agreement', () => {
    const unnumbered = makeMeeting({ round: null, outcomes: [agreement] });
    expect(
      describeNotConfirmed(
        plannedFor('2025-06', 'month'),
        { agreedAt: unnumbered, outcome: agreement },
        '2025-07-01',
      ),
    ).toBe(
      'Agreed for June 2025 (at the meeting of 11 April 2022); no record that it took place has been found by 1 July 2025.',
    );
    expect(describeNotConfirmed(plannedFor('2025', 'year'), null, '2026-01-01')).toBe(
      'Planned for 2025; no record that it took place has been found by 1 January 2026.',
    );
  });
});

describe(describeNotConfirmedBriefly, () => {
  it('gives the agreed period at its precision', () => {
    expect(describeNotConfirmedBriefly(plannedFor('2025', 'year'))).toBe(
      'agreed for 2025, no record found',
    );
    expect(describeNotConfirmedBriefly(plannedFor('2025-03-06', 'day'))).toBe(
      'agreed for 6 March 2025, no record found',
    );
  });
});

describe('NOT_CONFIRMED_RULE', () => {
  it('is the rule the README publishes, word for word', () => {
    const quoted = readFileSync('README.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('> '))
      .map((line) => line.slice(2))
      .join(' ');
    expect(quoted).toContain(NOT_CONFIRMED_RULE);
  });
});
