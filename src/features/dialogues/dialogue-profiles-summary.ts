import { plural } from '@/lib/plural';
import {
  restrictToSharedYears,
  type DialogueComparison,
  type DialogueProfile,
  type ProfileRowOptions,
} from '@/features/dialogues/dialogue-profiles';
import { isolate } from '@/lib/isolate';

/** "2022–2025", "2023" for a single year, or "no meetings". */
export function formatYears(years: DialogueProfile['years']): string {
  if (!years) return 'no meetings';
  return years.first === years.last ? String(years.first) : `${years.first}–${years.last}`;
}

function describeProfile(profile: DialogueProfile): string {
  if (profile.meetingCount === 0) return `${isolate(profile.label)} has no meetings`;
  const topics = profile.topicCounts.size;
  return `${isolate(profile.label)} raised ${topics} ${plural(topics, 'topic', 'topics')} at ${profile.meetingsWithTopics} of its ${profile.meetingCount} ${plural(profile.meetingCount, 'meeting', 'meetings')} (${formatYears(profile.years)})`;
}

/**
 * One sentence comparing the profiles: topics and meetings per dialogue, the years both cover and
 * which sides are thin; with `onlySharedYears`, counted over the shared years only.
 */
export function summarizeProfiles(
  comparison: DialogueComparison,
  options: ProfileRowOptions = {},
): string {
  const { profiles, sharedYears } = options.onlySharedYears
    ? restrictToSharedYears(comparison)
    : comparison;
  if (options.onlySharedYears && profiles.length > 1 && sharedYears.length === 0)
    return 'The dialogues have no year in common under these filters, so there is nothing to compare.';
  if (profiles.every((profile) => profile.meetingCount === 0))
    return 'No meetings of any dialogue match these filters.';
  const parts = profiles.map(describeProfile).join('; ');
  if (profiles.length < 2) return `${parts}; there is no other dialogue to compare it with.`;
  const shared =
    sharedYears.length === 0
      ? 'the dialogues have no year in common here'
      : `${options.onlySharedYears ? 'counting only the years both cover' : 'years both cover'}: ${sharedYears.join(', ')}`;
  const thin = profiles
    .filter((profile) => profile.thin !== null)
    .map((profile) => isolate(profile.label));
  const caution =
    thin.length === 0 ? '' : `; data for ${thin.join(' and ')} is thin, so compare with care`;
  return `${parts}; ${shared}${caution}.${describeHiddenDialogues(comparison.hiddenDialogues)}`;
}

function describeHiddenDialogues(hidden: number): string {
  if (hidden === 0) return '';
  const more = `${hidden} more ${plural(hidden, 'dialogue has', 'dialogues have')}`;
  return ` ${more} meetings under these filters but ${plural(hidden, 'is', 'are')} left out: the comparison shows the primary dialogue and those with the most meetings.`;
}
