import type { Dataset, PersonRole } from '@/domain/schema';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

export const role = (
  title: string,
  value: string,
  overrides: Partial<PersonRole> = {},
): PersonRole => ({
  title,
  side: 'kz',
  observed: { value, precision: value.length === 10 ? 'day' : 'month' },
  evidence: evidence('src-a', `quote for ${title}`),
  ...overrides,
});

/**
 * Person B co-chaired rounds 1 and 3 for Kazakhstan (round 2 was led by Person A alone); their roles
 * are seen in 2022, in May 2024 (month only) and twice on 20 May 2024.
 */
export function makePeopleDataset(): Dataset {
  const base = makeDataset();
  const chair = (person: string, side: 'us' | 'kz') => ({
    person,
    side,
    title: `Title of ${person}`,
    evidence: evidence(),
  });
  const date = (value: string) => ({
    value,
    precision: 'day' as const,
    uncertain: false,
    evidence: evidence(),
  });
  return {
    ...base,
    people: [
      ...base.people,
      {
        id: 'person-b',
        name: 'Person B',
        aliases: ['Person B', 'Persone B', 'P. B'],
        roles: [
          role('Deputy Minister', '2022-04-11'),
          role('Special Envoy', '2024-05'),
          role('Assistant for International Affairs', '2024-05-20'),
          role('Assistant for External Affairs', '2024-05-20', {
            evidence: evidence('src-b', 'Assistant for External Affairs, Ambassador'),
          }),
        ],
      },
    ],
    meetings: [
      makeMeeting({ coChairs: [chair('person-a', 'us'), chair('person-b', 'kz')] }),
      makeMeeting({
        id: 'meeting-2',
        round: 2,
        date: date('2023-01-24'),
        coChairs: [chair('person-a', 'us')],
      }),
      makeMeeting({
        id: 'meeting-3',
        round: 3,
        date: date('2024-05-20'),
        location: {
          city: 'Astana',
          country: 'Kazakhstan',
          format: 'in-person',
          evidence: evidence(),
        },
        coChairs: [chair('person-b', 'kz'), chair('person-a', 'us')],
      }),
    ],
    conflicts: [
      ...base.conflicts,
      {
        id: 'conflict-b',
        subject: 'Person B’s title in May 2024',
        about: { kind: 'person', id: 'person-b' },
        claims: [
          { value: 'International Affairs', evidence: evidence('src-a') },
          { value: 'External Affairs', evidence: evidence('src-b') },
        ],
        resolution: 'Both titles are shown as roles.',
      },
    ],
  };
}
