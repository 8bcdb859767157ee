import { latestRole, rolesNewestFirst } from '@/domain/person-roles';
import type { PersonRole } from '@/domain/schema';
import { evidence } from '../support/fixtures';

const role = (title: string, value: string, quotes = 1): PersonRole => ({
  title,
  side: 'us',
  observed: {
    value,
    precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
  },
  evidence: Array.from({ length: quotes }, (_, i) => evidence('src-a', `quote ${i}`)[0]!),
});
const titles = (roles: readonly PersonRole[]) => rolesNewestFirst(roles).map((r) => r.title);

describe(rolesNewestFirst, () => {
  it('gives [] for no roles, and one role as it is', () => {
    expect(rolesNewestFirst([])).toEqual([]);
    expect(titles([role('Envoy', '2022-04-11')])).toEqual(['Envoy']);
  });

  it('orders by the first day a date can mean, newest first; a year counts from 1 January', () => {
    expect(
      titles([role('Old', '2021-12-15'), role('Year', '2024'), role('Day', '2024-01-02')]),
    ).toEqual(['Day', 'Year', 'Old']);
  });

  it('puts first, of the titles seen the same day, the one more quotes give, then the first recorded', () => {
    expect(
      titles([
        role('Slip', '2024-05-20', 1),
        role('Own wording', '2024-05-20', 2),
        role('Other slip', '2024-05-20', 1),
      ]),
    ).toEqual(['Own wording', 'Slip', 'Other slip']);
  });
});

describe(latestRole, () => {
  it('is the first of rolesNewestFirst, or null for no roles', () => {
    expect(latestRole([])).toBeNull();
    expect(
      latestRole([role('Civil', '2024-05-20', 1), role('Civilian', '2024-05-20', 2)])?.title,
    ).toBe('Civilian');
  });
});
