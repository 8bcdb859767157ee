import { datedBy } from '@/domain/as-of';
import { SIDE_LABELS, VOICE_LABELS } from '@/domain/labels';
import { CONTACT_KIND_LABELS, HUMAN_RIGHTS_KIND_LABELS } from '@/domain/review-labels';
import type { Contact, Dataset, Evidence } from '@/domain/schema';
import { ALL_DIALOGUES, type Filters } from '@/view/filters';
import { compareByMiddle, formatPartialDate, yearOf } from '@/lib/dates';
import { foldFieldsForSearch, matchesTerms, searchTerms } from '@/lib/search-text';

/** A contact as the list shows it. */
export type ContactRow = {
  id: string;
  name: string;
  kindLabel: string;
  dateLabel: string;
  place: string;
  parties: string;
  /** What the record says about human rights there, in a few words. */
  humanRights: string;
};

type HumanRightsEntry = Contact['humanRights'][number];

const KIND_ORDER: readonly HumanRightsEntry['kind'][] = ['on-agenda', 'outcome', 'call'];

/** Where a contact took place: "Washington, United States", the one known part, or "Place not recorded". */
export function contactPlace(contact: Contact): string {
  const parts = [contact.location?.city, contact.location?.country].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'Place not recorded';
}

/**
 * The human-rights entries of a contact with their labels and whose word each is: on the agenda
 * first, then in the outcome, then calls to put human rights on it; the data's order within each.
 */
export function orderHumanRights(
  contact: Contact,
): (HumanRightsEntry & { kindLabel: string; voiceLabel: string })[] {
  return KIND_ORDER.flatMap((kind) =>
    contact.humanRights
      .filter((entry) => entry.kind === kind)
      .map((entry) => ({
        ...entry,
        kindLabel: HUMAN_RIGHTS_KIND_LABELS[kind],
        voiceLabel: VOICE_LABELS[entry.voice],
      })),
  );
}

/**
 * The human-rights entries counted in words: "Human rights: on the agenda (1 record), 2 calls to put
 * them on the agenda"; "No human-rights item recorded" when there is none.
 */
export function describeHumanRights(contact: Contact): string {
  const count = (kind: HumanRightsEntry['kind']) =>
    contact.humanRights.filter((entry) => entry.kind === kind).length;
  const records = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;
  const [agenda, outcome, calls] = [count('on-agenda'), count('outcome'), count('call')];
  const parts = [
    agenda > 0 ? `on the agenda (${records(agenda)})` : '',
    outcome > 0 ? `in the outcome (${records(outcome)})` : '',
    calls > 0 ? `${calls} ${calls === 1 ? 'call' : 'calls'} to put them on the agenda` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Human rights: ${parts.join(', ')}` : 'No human-rights item recorded';
}

function evidenceWords(evidence: readonly Evidence[]): string[] {
  return evidence.flatMap((item) => [item.quote, item.translation ?? '']);
}

function contactWords(contact: Contact): string[] {
  return [
    contact.name,
    CONTACT_KIND_LABELS[contact.kind],
    contact.summary,
    contact.location?.city ?? '',
    contact.location?.country ?? '',
    ...contact.parties.map((side) => SIDE_LABELS[side]),
    ...contact.humanRights.flatMap((entry) => [entry.text, ...evidenceWords(entry.evidence)]),
    ...contact.gaps,
  ];
}

/**
 * The high-level contacts under the shared filters, oldest first: dated by the View as of day
 * (inclusive; a year or month counts from its first day), in a chosen year, between every party of
 * the chosen dialogue (the US–Kazakhstan dialogue keeps contacts with the US and Kazakhstan among
 * their parties), and matching the search. Topic and Status do not apply: contacts carry no topics.
 */
export function filterContacts(dataset: Dataset, filters: Filters): ContactRow[] {
  const years = new Set(filters.years);
  const terms = searchTerms(filters.search);
  const dialogue =
    filters.dialogue === ALL_DIALOGUES
      ? null
      : dataset.dialogues.find((entry) => entry.id === filters.dialogue);
  return (dataset.contacts ?? [])
    .filter(
      (contact) =>
        datedBy(contact.date.value, filters.asOf) &&
        (years.size === 0 || years.has(yearOf(contact.date.value))) &&
        (!dialogue || dialogue.parties.every((side) => contact.parties.includes(side))) &&
        (terms.length === 0 || matchesTerms(foldFieldsForSearch(contactWords(contact)), terms)),
    )
    .toSorted((a, b) => compareByMiddle(a.date.value, b.date.value))
    .map((contact) => ({
      id: contact.id,
      name: contact.name,
      kindLabel: CONTACT_KIND_LABELS[contact.kind],
      dateLabel: formatPartialDate(contact.date.value, contact.date.uncertain),
      place: contactPlace(contact),
      parties: contact.parties.map((side) => SIDE_LABELS[side]).join(', '),
      humanRights: describeHumanRights(contact),
    }));
}
