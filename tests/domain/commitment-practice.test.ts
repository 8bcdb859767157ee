import { practiceLabel, PRACTICE_SCALE, summarizePractice } from '@/domain/commitment-practice';
import type { CommitmentEvent, PracticeFinding, Voice } from '@/domain/schema';
import { makeEvent } from '../support/fixtures';

const finding = (
  id: string,
  value: string,
  found: PracticeFinding,
  voice: Voice,
): CommitmentEvent =>
  makeEvent({
    id,
    type: 'assessed',
    finding: found,
    voice,
    date: { value, precision: 'day', uncertain: false },
  });

describe(summarizePractice, () => {
  it('has no headline when no finding is recorded', () => {
    expect(summarizePractice([makeEvent({ type: 'welcomed', voice: 'eu' })])).toEqual({
      headline: null,
      governmentReported: 0,
      outsideGovernment: 0,
    });
  });

  it('marks a headline government-reported when only the Kazakh government has spoken', () => {
    const own = finding('g', '2025-05-01', 'applied', 'kazakh-government');
    expect(summarizePractice([own])).toEqual({
      headline: { event: own, finding: 'applied', governmentReported: true },
      governmentReported: 1,
      outsideGovernment: 0,
    });
  });

  it('prefers the newest finding from outside the government, even over a newer government one', () => {
    const hrw = finding('h', '2025-01-16', 'shortfalls', 'independent');
    const amnesty = finding('a', '2025-04-01', 'shortfalls', 'independent');
    const ministry = finding('m', '2025-05-01', 'applied', 'kazakh-government');
    expect(summarizePractice([hrw, amnesty, ministry])).toEqual({
      headline: { event: amnesty, finding: 'shortfalls', governmentReported: false },
      governmentReported: 1,
      outsideGovernment: 2,
    });
  });

  it.each(['us-government', 'eu', 'un-or-intergovernmental', 'court'] as const)(
    'counts a finding by %s as from outside the government',
    (voice) => {
      const other = finding('o', '2024-01-01', 'no-change', voice);
      expect(summarizePractice([other]).headline?.governmentReported).toBe(false);
    },
  );

  it('ignores positions, acts and an assessed event without a finding', () => {
    const broken = makeEvent({ type: 'assessed', voice: 'independent' });
    expect(summarizePractice([broken, makeEvent({ type: 'in-force' })]).headline).toBeNull();
  });
});

describe(practiceLabel, () => {
  it('labels every finding of the scale', () => {
    for (const entry of PRACTICE_SCALE) expect(practiceLabel(entry.id)).toBe(entry.label);
    expect(practiceLabel('shortfalls')).toBe('Applied with shortfalls');
  });
});
