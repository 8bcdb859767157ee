import type { PersonRole } from '@/domain/schema';
import { comparePartialDates } from '@/lib/dates';

/**
 * A person's roles, newest first by the first day each date can mean. Sources often word one office
 * differently on the same day (a translation slip, the other government's wording): of those, the
 * wording more quotes give comes first, then the one recorded first. Empty input gives [].
 */
export function rolesNewestFirst(roles: readonly PersonRole[]): PersonRole[] {
  return roles
    .map((role, order) => ({ role, order }))
    .toSorted(
      (a, b) =>
        comparePartialDates(b.role.observed.value, a.role.observed.value) ||
        b.role.evidence.length - a.role.evidence.length ||
        a.order - b.order,
    )
    .map(({ role }) => role);
}

/** The role `rolesNewestFirst` puts first: the newest title, as most sources word it; none → null. */
export function latestRole(roles: readonly PersonRole[]): PersonRole | null {
  return rolesNewestFirst(roles)[0] ?? null;
}
