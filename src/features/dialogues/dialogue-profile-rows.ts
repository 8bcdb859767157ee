import type { Topic } from '@/domain/schema';
import { DIALOGUE_COLORS } from '@/components/chart/palette';
import { compareByTotalThenLabel } from '@/lib/compare-text';
import {
  restrictToSharedYears,
  type DialogueComparison,
  type DialogueProfile,
  type ProfileRowOptions,
} from '@/features/dialogues/dialogue-profiles';

/**
 * One chart row per topic: `topicId`, `label`, `total`, and per dialogue id its meeting count and
 * `<id>Share` (of that dialogue's meetings with topics; null when it has none).
 */
export type ProfileRow = {
  topicId: string;
  label: string;
  total: number;
  [key: string]: string | number | null;
};

/** The meeting count and share of one dialogue in a row (0 and null when absent). */
export function countOf(row: ProfileRow, dialogueId: string): number {
  const value = row[dialogueId];
  return typeof value === 'number' ? value : 0;
}

/** A dialogue's share (0–1) of its meetings with topics in a row, or null when it has none. */
export function shareOf(row: ProfileRow, dialogueId: string): number | null {
  const value = row[`${dialogueId}Share`];
  return typeof value === 'number' ? value : null;
}

/**
 * Side-by-side rows for the topics in `topics` raised by at least one dialogue, most raised in
 * total first (ties by label); topic ids not in `topics` are left out. No profiles → [].
 */
export function buildProfileRows(
  comparison: DialogueComparison,
  topics: readonly Topic[],
  options: ProfileRowOptions = {},
): ProfileRow[] {
  const { profiles } = options.onlySharedYears ? restrictToSharedYears(comparison) : comparison;
  // Only topics some profile raised get a row, so the work follows the topics raised, not the
  // topics the dataset knows.
  const raised = new Set(profiles.flatMap((profile) => [...profile.topicCounts.keys()]));
  const rows = topics
    .filter((topic) => raised.has(topic.id))
    .map((topic) => {
      const row: ProfileRow = { topicId: topic.id, label: topic.label, total: 0 };
      for (const profile of profiles) {
        const count = profile.topicCounts.get(topic.id) ?? 0;
        row[profile.dialogueId] = count;
        row[`${profile.dialogueId}Share`] =
          profile.meetingsWithTopics === 0 ? null : count / profile.meetingsWithTopics;
        row.total += count;
      }
      return row;
    })
    .filter((row) => row.total > 0);
  return rows.toSorted(compareByTotalThenLabel);
}

export type DialogueSeries = { dialogueId: string; label: string; color: string };

/** One chart series per profile, in profile order, with its palette colour (CSS variable). */
export function listDialogueSeries(profiles: readonly DialogueProfile[]): DialogueSeries[] {
  return profiles.map((profile, index) => ({
    dialogueId: profile.dialogueId,
    label: profile.label,
    color: DIALOGUE_COLORS[index % DIALOGUE_COLORS.length] ?? 'var(--color-muted)',
  }));
}
