/** A section of a panel, as its contents list links to it: the heading's id and its words. */
export type ContentsEntry = { id: string; label: string };

/**
 * A contents list needs at least two sections to point between. Every drawer that can grow past
 * two screens (commitment, meeting, topic, source, person, changes, review) passes its sections,
 * so the list is decided by what the drawer holds, not by measuring it: the same before and after
 * hydration, on any screen.
 */
export const CONTENTS_MIN_SECTIONS = 2;

/**
 * The entries of a panel's contents list, in the given order: the sections present (`false`,
 * `null` or `undefined` stand for a section the panel does not show this time), or none at all
 * when fewer than `minimum` are present.
 */
export function listContents(
  sections: readonly (ContentsEntry | false | null | undefined)[],
  minimum = CONTENTS_MIN_SECTIONS,
): ContentsEntry[] {
  const present = sections.filter((section): section is ContentsEntry => Boolean(section));
  return present.length >= minimum ? present : [];
}
