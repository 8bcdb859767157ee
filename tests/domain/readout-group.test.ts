import { readoutGroupOf } from '@/domain/readout-group';
import type { Readout } from '@/domain/schema';

describe(readoutGroupOf, () => {
  it.each<[Readout[], ReturnType<typeof readoutGroupOf>]>([
    [['us-statement'], 'us-only'],
    [['kazakh-readout'], 'kz-only'],
    [['us-statement', 'kazakh-readout'], 'both'],
    [['joint-statement'], 'joint'],
    [['joint-statement', 'us-statement', 'kazakh-readout'], 'joint'],
    [['eu-statement'], 'eu'],
    [['eu-statement', 'us-statement'], 'us-only'],
    [[], null],
  ])('maps %j to %s', (readouts, group) => {
    expect(readoutGroupOf(new Set(readouts))).toBe(group);
  });
});
