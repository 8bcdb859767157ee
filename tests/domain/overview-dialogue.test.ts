import { overviewDialogue } from '@/domain/overview-dialogue';
import { makeDataset } from '../support/fixtures';

describe(overviewDialogue, () => {
  const dataset = makeDataset();
  const second = { ...dataset.dialogues[0]!, id: 'dialogue-b', primary: false };
  const both = { ...dataset, dialogues: [second, dataset.dialogues[0]!] };

  it('answers for the dialogue the filter chose, else the primary one, else the first', () => {
    expect(overviewDialogue(both, 'dialogue-b')?.id).toBe('dialogue-b');
    expect(overviewDialogue(both, null)?.id).toBe('dialogue-a');
    expect(overviewDialogue(both, 'no-such-dialogue')?.id).toBe('dialogue-a');
    const nonePrimary = { ...both, dialogues: [second] };
    expect(overviewDialogue(nonePrimary, null)?.id).toBe('dialogue-b');
    expect(overviewDialogue({ ...dataset, dialogues: [] }, null)).toBeUndefined();
  });
});
