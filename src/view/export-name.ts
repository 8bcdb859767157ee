import { ALL_DIALOGUES, type Filters } from '@/view/filters';
import { slugify } from '@/lib/file-name';
import { foldForSearch } from '@/lib/search-text';

/** "2023-2024" for consecutive years, "2017+2022-2023" otherwise (ASCII only, for file names). */
function yearsPart(years: readonly number[]): string {
  const ranges: string[] = [];
  for (const year of years) {
    const last = ranges.at(-1);
    const [start, end = start] = last?.split('-').map(Number) ?? [];
    if (last !== undefined && end !== undefined && year === end + 1)
      ranges[ranges.length - 1] = `${start}-${year}`;
    else ranges.push(String(year));
  }
  return ranges.join('+');
}

/**
 * A file name that says what is inside: the chart, then each active filter, e.g.
 * `topic-frequency_disability-rights_2023-2024.png`; no filters → `topic-frequency.png`.
 */
export function exportFileName(stem: string, filters: Filters, extension: string): string {
  const parts = [
    stem,
    filters.topics.join('+'),
    yearsPart(filters.years),
    filters.dialogue === ALL_DIALOGUES ? '' : filters.dialogue,
    filters.statuses.join('+'),
    filters.search ? `q-${slugify(foldForSearch(filters.search), 30)}` : '',
    filters.asOf ? `as-of-${filters.asOf}` : '',
  ].filter((part) => part !== '' && part !== 'q-');
  const name = parts.join('_').slice(0, 150);
  return `${name}.${extension}`;
}
