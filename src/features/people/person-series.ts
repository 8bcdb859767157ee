import { conflictsAbout } from '@/domain/conflicts-applying';
import { datedBy } from '@/domain/as-of';
import type { LoadedDataset } from '@/domain/dataset-index';
import { meetingName, meetingPlace } from '@/domain/labels';
import { rolesNewestFirst } from '@/domain/person-roles';
import type { Conflict, Meeting, Person, PersonRole, Side } from '@/domain/schema';
import { comparePartialDates, formatPartialDate } from '@/lib/dates';

/** A meeting the person co-chaired, as the drawer lists it. */
export type LedMeeting = {
  id: string;
  name: string;
  /** The meeting's date in words, at its precision ("20 May 2024", "c. 2025"). */
  date: string;
  place: string;
  /** The side the person co-chaired for, and the title the cited source gives at the time. */
  side: Side;
  title: string;
  planned: boolean;
};

export type PersonModel = {
  person: Person;
  /** The roles a source shows by the "as of" day, newest first. */
  roles: PersonRole[];
  /** The newest of them, or null when every role is observed after the "as of" day. */
  latest: PersonRole | null;
  /** How many other titles sources give on the latest role's day (other wordings of it). */
  otherWordings: number;
  /** How many roles are observed after the "as of" day (and so not shown). */
  rolesLater: number;
  /** The meetings the person co-chaired, newest first. */
  led: LedMeeting[];
  /** Other spellings, without the name itself. */
  aliases: string[];
  /** Conflicts between sources about the person. */
  conflicts: Conflict[];
};

function placeOf(meeting: Meeting): string {
  const { city, country, format } = meeting.location;
  if (format === 'online') return meetingPlace(meeting);
  const name = city ? meetingPlace(meeting) : null;
  return [name, country].filter(Boolean).join(', ') || 'Place unknown';
}

/**
 * The meetings among `dataset`'s in which `personId` is a named co-chair, newest first by the first
 * day each date can mean (same-day meetings in the reverse of the dataset's order); none → [].
 */
export function listMeetingsLed(dataset: LoadedDataset, personId: string): LedMeeting[] {
  return dataset.meetings
    .flatMap((meeting) => {
      const chair = meeting.coChairs.find((entry) => entry.person === personId);
      return chair ? [{ meeting, chair }] : [];
    })
    .toSorted((a, b) => comparePartialDates(a.meeting.date.value, b.meeting.date.value))
    .reverse()
    .map(({ meeting, chair }) => ({
      id: meeting.id,
      name: meetingName(meeting, dataset.index.dialogueById),
      date: formatPartialDate(meeting.date.value, meeting.date.uncertain),
      place: placeOf(meeting),
      side: chair.side,
      title: chair.title,
      planned: meeting.status === 'planned',
    }));
}

/**
 * What the person drawer shows for `id` in `dataset` (the view as of `asOf`, `YYYY-MM-DD` or ''
 * for no cut-off): the roles observed by the end of that day (inclusive; a month or year counts from
 * its first day), newest first, the meetings led, other spellings and conflicts. Unknown id → null.
 */
export function describePerson(
  dataset: LoadedDataset,
  id: string,
  asOf: string,
): PersonModel | null {
  const person = dataset.index.personById.get(id);
  if (!person) return null;
  const roles = rolesNewestFirst(person.roles.filter((role) => datedBy(role.observed.value, asOf)));
  const name = person.name.trim().toLowerCase();
  return {
    person,
    roles,
    latest: roles[0] ?? null,
    otherWordings: new Set(
      roles
        .filter((role) => role.observed.value === roles[0]?.observed.value)
        .map((role) => role.title)
        .filter((title) => title !== roles[0]?.title),
    ).size,
    rolesLater: person.roles.length - roles.length,
    led: listMeetingsLed(dataset, id),
    aliases: person.aliases.filter((alias) => alias.trim().toLowerCase() !== name),
    conflicts: conflictsAbout(dataset, { kind: 'person', id }),
  };
}
