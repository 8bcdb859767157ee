import { KIND_RULES } from '@/domain/commitment-kinds';
import { completionText, deriveStatus, STATUS_SCALE } from '@/domain/commitment-status';
import type {
  CommitmentEvent,
  CommitmentKind,
  EventType,
  PracticeFinding,
  ReversalExtent,
} from '@/domain/schema';
import { makeCommitment, makeEvent } from '../support/fixtures';

const precisionOf = (value: string) =>
  value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';

const event = (id: string, type: EventType, value: string, extra: Partial<CommitmentEvent> = {}) =>
  makeEvent({
    id,
    type,
    date: { value, precision: precisionOf(value), uncertain: false },
    ...extra,
  });

const finding = (id: string, value: string, found: PracticeFinding, voice = 'independent') =>
  event(id, 'assessed', value, { finding: found, voice: voice as CommitmentEvent['voice'] });

const reversal = (id: string, value: string, extent: ReversalExtent) =>
  event(id, 'reversed', value, { extent });

const derive = (kind: CommitmentKind, events: CommitmentEvent[], asOf?: string) =>
  deriveStatus(makeCommitment({ kind, events }), asOf);

describe(deriveStatus, () => {
  it('has no evidence when no event reaches a rung', () => {
    const result = derive('law', [event('w', 'welcomed', '2022-01-01')]);
    expect(result).toMatchObject({
      stage: 'no-evidence',
      status: 'no-evidence',
      label: 'No evidence',
      complete: false,
      reachedBy: null,
    });
  });

  it('climbs a law to in force, remembering which event got there first', () => {
    const signed = event('signed', 'adopted', '2024-04-15');
    const inForce = event('in-force', 'in-force', '2024-06-16');
    const result = derive('law', [event('drafted', 'drafted', '2023-05-11'), signed, inForce]);
    expect(result).toMatchObject({ stage: 'complete', label: 'In force', complete: true });
    expect(result.reachedBy).toBe(inForce);
    expect(result.latest).toBe(inForce);
  });

  it('leaves an adopted law short of complete when nothing shows it took effect', () => {
    const result = derive('law', [event('a', 'adopted', '2020-05-25')]);
    expect(result).toMatchObject({ stage: 'adopted', label: 'Adopted', complete: false });
  });

  it('completes a law from a finding that it is applied, dated after its adoption', () => {
    const applied = finding('f', '2020-06-25', 'applied', 'kazakh-government');
    const result = derive('law', [event('a', 'adopted', '2020-05-25'), applied]);
    expect(result).toMatchObject({ stage: 'complete', completedByPractice: true });
    expect(result.reachedBy).toBe(applied);
  });

  it('does not complete a law from shortfalls, or from a finding before its adoption', () => {
    expect(
      derive('law', [event('a', 'adopted', '2020-05-25'), finding('f', '2021', 'shortfalls')])
        .stage,
    ).toBe('adopted');
    expect(
      derive('law', [finding('f', '2019', 'applied'), event('a', 'adopted', '2020-05-25')]).stage,
    ).toBe('adopted');
  });

  it('prefers a recorded entry into force to an inference from practice', () => {
    const inForce = event('f', 'in-force', '2023-07-01');
    const result = derive('law', [
      event('a', 'adopted', '2023-04-20'),
      finding('p', '2023-05', 'applied'),
      inForce,
    ]);
    expect(result.reachedBy).toBe(inForce);
    expect(result.completedByPractice).toBe(false);
  });

  it.each([
    ['decree', 'adopted', 'Signed (in force)'],
    ['programme', 'adopted', 'Adopted (in force)'],
  ] as const)('completes a %s when it is adopted', (kind, type, label) => {
    expect(derive(kind, [event('a', type, '2023-12-08')])).toMatchObject({
      stage: 'complete',
      label,
      complete: true,
    });
  });

  it('names an institution established, then operating once it starts work or is seen at work', () => {
    const established = [event('a', 'adopted', '2002')];
    expect(derive('institution', established)).toMatchObject({
      label: 'Established',
      complete: false,
    });
    expect(
      derive('institution', [...established, event('w', 'in-force', '2023-01-01')]),
    ).toMatchObject({ label: 'Operating', complete: true });
    expect(
      derive('institution', [...established, finding('p', '2021-11', 'applied')]),
    ).toMatchObject({ label: 'Operating', complete: true, completedByPractice: true });
  });

  it('takes a treaty from signed to ratified to in force for Kazakhstan', () => {
    const signed = event('s', 'signed', '2020-01-01');
    const ratified = event('r', 'ratified', '2021-01-02');
    const inForce = event('f', 'in-force', '2022-06-24');
    expect(derive('treaty', [signed]).label).toBe('Signed');
    expect(derive('treaty', [signed, ratified]).label).toBe('Ratified');
    expect(derive('treaty', [signed, ratified, inForce])).toMatchObject({
      label: 'In force for Kazakhstan',
      complete: true,
    });
  });

  it('takes a constitutional change from approved to in effect', () => {
    const approved = event('a', 'adopted', '2022-06-05');
    expect(derive('constitutional-change', [approved]).label).toBe('Approved');
    expect(
      derive('constitutional-change', [approved, event('f', 'in-force', '2022-06-08')]),
    ).toMatchObject({ label: 'In effect', complete: true });
  });

  it('counts a treaty to abolish as a commitment, and abolition complete once an abolishing act is in force', () => {
    const ratified = event('r', 'ratified', '2021-01-02');
    const law = event('l', 'adopted', '2021-12-29');
    const inForce = event('f', 'in-force', '2022-06-08');
    expect(derive('abolition', [ratified]).label).toBe('Draft or treaty commitment');
    expect(derive('abolition', [ratified, law])).toMatchObject({
      label: 'Abolished in law',
      complete: false,
    });
    expect(derive('abolition', [ratified, law, inForce])).toMatchObject({
      label: 'Abolition in force',
      complete: true,
    });
  });

  it('completes an announcement when it is announced, on the announced stage', () => {
    expect(derive('announcement-only', [event('a', 'announced', '2022-03-16')])).toMatchObject({
      stage: 'announced',
      status: 'announced',
      label: 'Announced',
      complete: true,
    });
  });

  it('publishes every kind with a complete rung reached by some event', () => {
    for (const rule of Object.values(KIND_RULES)) {
      const completeRung = rule.rungs.find((rung) => rung.stage === rule.completeAt);
      expect(completeRung?.reachedBy.length).toBeGreaterThan(0);
      expect(rule.complete.length).toBeGreaterThan(20);
    }
  });

  it('is not moved by positions, related steps or amendments, which are counted or shown instead', () => {
    const result = derive('law', [
      event('a', 'adopted', '2022-06-05'),
      event('w', 'welcomed', '2022-06-20'),
      event('r', 'related', '2022-07-01'),
      event('m', 'amended', '2022-11-05'),
      event('c', 'criticised', '2023'),
      event('c2', 'criticised', '2024'),
    ]);
    expect(result.stage).toBe('adopted');
    expect(result.welcomed).toBe(1);
    expect(result.criticised).toBe(2);
    expect(result.latest?.id).toBe('c2');
  });

  it('shows a narrowing as partly reversed and keeps the completion beneath it', () => {
    const narrows = reversal('n', '2025-12-30', 'narrows');
    const result = derive('law', [
      event('a', 'adopted', '2024-04-15'),
      event('f', 'in-force', '2024-06-16'),
      narrows,
    ]);
    expect(result).toMatchObject({ stage: 'complete', status: 'partly-reversed', complete: true });
    expect(result.reversal).toEqual({ extent: 'narrows', event: narrows });
    expect(completionText(result)).toBe('In force, partly reversed');
  });

  it('shows a suspension or undoing as reversed, the most far-reaching reversal winning', () => {
    const undoes = reversal('u', '2025-01-01', 'undoes');
    const result = derive('law', [
      event('f', 'in-force', '2024-06-16'),
      undoes,
      reversal('n', '2025-06-01', 'narrows'),
    ]);
    expect(result.status).toBe('reversed');
    expect(result.reversal?.event).toBe(undoes);
    expect(completionText(result)).toBe('In force, reversed');
    const suspended = derive('institution', [
      event('f', 'in-force', '2023-01-01'),
      reversal('s', '2024-01-01', 'suspends'),
    ]);
    expect(completionText(suspended)).toBe('Operating, suspended');
  });

  it('ignores events after the as-of date (inclusive of the day itself), reversals included', () => {
    const events = [
      event('a', 'adopted', '2024-04-15'),
      event('f', 'in-force', '2024-06-16'),
      reversal('n', '2025-12-30', 'narrows'),
    ];
    expect(derive('law', events, '2024-06-15').label).toBe('Adopted');
    expect(derive('law', events, '2024-06-16').status).toBe('complete');
    expect(derive('law', events, '2025-12-29').reversal).toBeNull();
    expect(derive('law', events, '2025-12-30').status).toBe('partly-reversed');
    expect(derive('law', events, '2024-01-01').status).toBe('no-evidence');
  });

  it('counts a month- or year-precision event from the first day of its period', () => {
    const events = [event('a', 'adopted', '2022-02')];
    expect(derive('law', events, '2022-01-31').status).toBe('no-evidence');
    expect(derive('law', events, '2022-02-01').status).toBe('adopted');
  });

  it('does not depend on the order events are given in', () => {
    const a = event('a', 'announced', '2022-03-16');
    const b = finding('b', '2023-06-01', 'applied');
    expect(derive('law', [b, a])).toEqual(derive('law', [a, b]));
  });

  it('publishes a definition for every status of the shared scale', () => {
    for (const entry of STATUS_SCALE) expect(entry.definition.length).toBeGreaterThan(20);
  });
});
