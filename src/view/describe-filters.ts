import { STATUS_SCALE } from '@/domain/commitment-status';
import type { Dataset } from '@/domain/schema';
import { ALL_DIALOGUES, type Filters } from '@/view/filters';
import { formatPartialDate } from '@/lib/dates';

/** "2022–2024" for consecutive years, "2017, 2022–2023" otherwise; input sorted ascending. */
export function formatYearList(years: readonly number[]): string {
  const ranges: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (start !== undefined && previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined && previous !== undefined)
      ranges.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return ranges.join(', ');
}

/**
 * The active filters in one line, e.g. "Topics: Disability rights · Years: 2023–2024"; "All records
 * (no filters)" when none is set. Unknown ids are shown as they are.
 */
export function describeFilters(
  filters: Filters,
  dataset: Pick<Dataset, 'topics' | 'dialogues'>,
): string {
  const topicLabel = new Map(dataset.topics.map((topic) => [topic.id, topic.label]));
  const statusLabel = new Map(STATUS_SCALE.map((entry) => [entry.id as string, entry.label]));
  const parts = [
    filters.topics.length > 0 &&
      `${filters.topics.length > 1 ? 'Topics' : 'Topic'}: ${filters.topics.map((id) => topicLabel.get(id) ?? id).join(', ')}`,
    filters.years.length > 0 &&
      `${filters.years.length > 1 ? 'Years' : 'Year'}: ${formatYearList(filters.years)}`,
    filters.dialogue !== ALL_DIALOGUES &&
      `Dialogue: ${dataset.dialogues.find((d) => d.id === filters.dialogue)?.shortName ?? filters.dialogue}`,
    filters.statuses.length > 0 &&
      `Status: ${filters.statuses.map((id) => statusLabel.get(id) ?? id).join(', ')}`,
    filters.search !== '' && `Search: “${filters.search}”`,
    filters.asOf !== '' && `As of ${formatPartialDate(filters.asOf)}`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(' · ') : 'All records (no filters)';
}
