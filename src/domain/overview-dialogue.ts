import type { Dataset, Dialogue } from '@/domain/schema';

/**
 * The dialogue the Overview answers for (its rounds, its last round): the one the filter chose,
 * or the primary one, or the first.
 */
export function overviewDialogue(
  dataset: Pick<Dataset, 'dialogues'>,
  chosen: string | null,
): Dialogue | undefined {
  return (
    dataset.dialogues.find((dialogue) => dialogue.id === chosen) ??
    dataset.dialogues.find((dialogue) => dialogue.primary) ??
    dataset.dialogues[0]
  );
}
