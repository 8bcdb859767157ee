import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName, SIDE_LABELS } from '@/domain/labels';
import { latestRole } from '@/domain/person-roles';
import type { Person } from '@/domain/schema';
import type { DetailTarget } from '@/view/detail';
import { foldFieldsForSearch, matchesTerms, searchTerms } from '@/lib/search-text';

/** How a person matched the search: by name as written, through an alias, or another spelling. */
export type PersonMatchVia =
  { kind: 'name' } | { kind: 'alias'; alias: string } | { kind: 'spelling' };

export type PersonMatch = {
  id: string;
  name: string;
  /** The newest role recorded, with its side: "Deputy Foreign Minister (Kazakhstan)". */
  role: string;
  via: PersonMatchVia;
};

export type ResultItem = { key: string; label: string; detail: DetailTarget };

export type SearchResults = {
  meetings: ResultItem[];
  commitments: ResultItem[];
  people: PersonMatch[];
  sources: ResultItem[];
  total: number;
};

/** The query's words as typed, lower-cased: what a highlight or "as written" looks for. */
export function typedWords(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

const containsAll = (text: string, words: readonly string[]) =>
  words.every((word) => text.toLowerCase().includes(word));

/**
 * People whose name or an alias matches every word of the search (folded: case, diacritics,
 * transliteration), each saying how: by the name as written, through the first alias that has
 * every word as typed, or else as another spelling of the name.
 */
export function matchPeople(people: readonly Person[], search: string): PersonMatch[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return [];
  const words = typedWords(search);
  return people.flatMap((person) => {
    if (!matchesTerms(foldFieldsForSearch([person.name, ...person.aliases]), terms)) return [];
    const alias = person.aliases.find((entry) => containsAll(entry, words));
    const via: PersonMatchVia = containsAll(person.name, words)
      ? { kind: 'name' }
      : alias
        ? { kind: 'alias', alias }
        : { kind: 'spelling' };
    const latest = latestRole(person.roles);
    const role = latest ? `${latest.title} (${SIDE_LABELS[latest.side]})` : '';
    return [{ id: person.id, name: person.name, role, via }];
  });
}

/**
 * The search's results grouped by kind: the meetings and commitments the filters leave (the
 * search among them), the people it names and the sources whose title or publisher match.
 */
export function groupSearchResults(
  dataset: LoadedDataset,
  search: string,
  matching: { meetings: readonly { id: string }[]; commitments: readonly { id: string }[] },
): SearchResults {
  const terms = searchTerms(search);
  const meetings = matching.meetings.flatMap((entry) => {
    const meeting = dataset.index.meetingById.get(entry.id);
    return meeting
      ? [
          {
            key: meeting.id,
            label: meetingName(meeting, dataset.index.dialogueById),
            detail: { kind: 'meeting', id: meeting.id } as const,
          },
        ]
      : [];
  });
  const commitments = matching.commitments.flatMap((entry) => {
    const commitment = dataset.index.commitmentById.get(entry.id);
    return commitment
      ? [
          {
            key: commitment.id,
            label: commitment.title,
            detail: { kind: 'commitment', id: commitment.id } as const,
          },
        ]
      : [];
  });
  const people = matchPeople(dataset.people, search);
  const sources =
    terms.length === 0
      ? []
      : dataset.sources
          .filter((source) =>
            matchesTerms(foldFieldsForSearch([source.title, source.publisher]), terms),
          )
          .map((source) => ({
            key: source.id,
            label: source.title,
            detail: { kind: 'source', id: source.id } as const,
          }));
  return {
    meetings,
    commitments,
    people,
    sources,
    total: meetings.length + commitments.length + people.length + sources.length,
  };
}

/** A text cut into parts, those that are a word of the search as typed marked for a highlight. */
export function highlightParts(
  text: string,
  words: readonly string[],
): { text: string; match: boolean }[] {
  const wanted = words.filter((word) => word.length > 0);
  if (wanted.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  // A letter whose lower case is longer (İ → i̇) would shift every match after it: no highlight.
  if (lower.length !== text.length) return [{ text, match: false }];
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let length = 0;
    for (const word of wanted) {
      const found = lower.indexOf(word, at);
      if (
        found !== -1 &&
        (next === -1 || found < next || (found === next && word.length > length))
      ) {
        next = found;
        length = word.length;
      }
    }
    if (next === -1) break;
    if (next > at) parts.push({ text: text.slice(at, next), match: false });
    parts.push({ text: text.slice(next, next + length), match: true });
    at = next + length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
