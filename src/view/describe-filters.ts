import { STATUS_SCALE } from '@/domain/commitment-status';
import type { Dataset } from '@/domain/schema';
import { ALL_DIALOGUES, type Filters } from '@/view/filters';
import { formatPartialDate } from '@/lib/dates';
import { isolate } from '@/lib/isolate';

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
 * One active filter as the reader reads it: its name ("Topics", "As of") and its values. Values
 * `fromData` (topic labels, the dialogue's name, the search typed) are isolated where they are shown.
 */
export type FilterPart = {
  name: string;
  values: readonly string[];
  fromData: boolean;
  /** The search is shown in quotes. */
  quoted?: boolean;
};

/**
 * The active filters in a fixed order (topics, years, dialogue, status, search, as-of date); empty
 * when none is set. Unknown ids are shown as they are.
 */
export function describeFilterParts(
  filters: Filters,
  dataset: Pick<Dataset, 'topics' | 'dialogues'>,
): FilterPart[] {
  const topicLabel = new Map(dataset.topics.map((topic) => [topic.id, topic.label]));
  const statusLabel = new Map(STATUS_SCALE.map((entry) => [entry.id as string, entry.label]));
  const parts: (FilterPart | false)[] = [
    filters.topics.length > 0 && {
      name: filters.topics.length > 1 ? 'Topics' : 'Topic',
      values: filters.topics.map((id) => topicLabel.get(id) ?? id),
      fromData: true,
    },
    filters.years.length > 0 && {
      name: filters.years.length > 1 ? 'Years' : 'Year',
      values: [formatYearList(filters.years)],
      fromData: false,
    },
    filters.dialogue !== ALL_DIALOGUES && {
      name: 'Dialogue',
      values: [
        dataset.dialogues.find((d) => d.id === filters.dialogue)?.shortName ?? filters.dialogue,
      ],
      fromData: true,
    },
    filters.statuses.length > 0 && {
      name: 'Status',
      values: filters.statuses.map((id) => statusLabel.get(id) ?? id),
      fromData: false,
    },
    filters.search !== '' && {
      name: 'Search',
      values: [filters.search],
      fromData: true,
      quoted: true,
    },
    filters.asOf !== '' && {
      name: 'As of',
      values: [formatPartialDate(filters.asOf)],
      fromData: false,
    },
  ];
  return parts.filter((part) => part !== false);
}

/** The name before a filter's values: "Topics: ", or "As of " (a phrase, not a label). */
export function filterPartName(part: FilterPart): string {
  return part.name === 'As of' ? 'As of ' : `${part.name}: `;
}

/** When no filter is set. */
export const NO_FILTERS = 'All records (no filters)';

/**
 * The active filters in one line, e.g. "Topics: Disability rights · Years: 2023–2024"; "All records
 * (no filters)" when none is set. Values from the data are isolated; unknown ids are shown as they are.
 */
export function describeFilters(
  filters: Filters,
  dataset: Pick<Dataset, 'topics' | 'dialogues'>,
): string {
  const parts = describeFilterParts(filters, dataset).map((part) => {
    const values = (part.fromData ? part.values.map(isolate) : part.values).join(', ');
    return `${filterPartName(part)}${part.quoted ? `“${values}”` : values}`;
  });
  return parts.length > 0 ? parts.join(' · ') : NO_FILTERS;
}
