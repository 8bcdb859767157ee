import { deriveStatus, STATUS_LADDER } from '@/data/commitment-status';
import type { EventType } from '@/data/schema';
import { makeEvent } from '../support/fixtures';

const event = (id: string, type: EventType, value: string) =>
  makeEvent({
    id,
    type,
    date: {
      value,
      precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
      uncertain: false,
    },
  });

describe(deriveStatus, () => {
  it('has no evidence when there are no events', () => {
    expect(deriveStatus([])).toEqual({
      status: 'no-evidence',
      reachedBy: null,
      latest: null,
      welcomed: 0,
      criticised: 0,
    });
  });

  it('climbs to the highest rung any event reached, remembering which event got there first', () => {
    const signed = event('signed', 'adopted', '2024-04-15');
    const inForce = event('in-force', 'in-force', '2024-06-16');
    const result = deriveStatus([event('drafted', 'drafted', '2023-05-11'), signed, inForce]);
    expect(result.status).toBe('in-force');
    expect(result.reachedBy).toBe(inForce);
    expect(result.latest).toBe(inForce);
  });

  it('is not moved by assessments, which are counted instead', () => {
    const result = deriveStatus([
      event('a', 'adopted', '2022-06-05'),
      event('w', 'welcomed', '2022-06-20'),
      event('c', 'criticised', '2023'),
      event('c2', 'criticised', '2024'),
    ]);
    expect(result.status).toBe('adopted');
    expect(result.welcomed).toBe(1);
    expect(result.criticised).toBe(2);
    expect(result.latest?.id).toBe('c2');
  });

  it('treats an amendment as evidence that an act was adopted', () => {
    expect(deriveStatus([event('m', 'amended', '2022-11-05')]).status).toBe('adopted');
  });

  it('ignores events after the as-of date (inclusive of the day itself)', () => {
    const events = [event('a', 'adopted', '2024-04-15'), event('f', 'in-force', '2024-06-16')];
    expect(deriveStatus(events, '2024-06-15').status).toBe('adopted');
    expect(deriveStatus(events, '2024-06-16').status).toBe('in-force');
    expect(deriveStatus(events, '2024-01-01').status).toBe('no-evidence');
  });

  it('counts a month- or year-precision event from the first day of its period', () => {
    const events = [event('a', 'adopted', '2022-02')];
    expect(deriveStatus(events, '2022-01-31').status).toBe('no-evidence');
    expect(deriveStatus(events, '2022-02-01').status).toBe('adopted');
  });

  it('does not depend on the order events are given in', () => {
    const a = event('a', 'announced', '2022-03-16');
    const b = event('b', 'implemented', '2023-06-01');
    expect(deriveStatus([b, a])).toEqual(deriveStatus([a, b]));
  });

  it('publishes a definition for every rung', () => {
    for (const rung of STATUS_LADDER) expect(rung.definition.length).toBeGreaterThan(20);
  });
});
