import { buildDialogueProfiles } from '@/features/dialogues/dialogue-profiles';
import { formatYears, summarizeProfiles } from '@/features/dialogues/dialogue-profiles-summary';
import { isolate } from '@/lib/isolate';
import { US, dataset, meetings } from './dialogues-fixture';

const us = isolate('US–Kazakhstan');
const eu = isolate('EU–Kazakhstan');

describe(formatYears, () => {
  it.each([
    [{ first: 2022, last: 2025 }, '2022–2025'],
    [{ first: 2023, last: 2023 }, '2023'],
    [null, 'no meetings'],
  ])('formats %o as %s', (years, text) => {
    expect(formatYears(years)).toBe(text);
  });
});

describe(summarizeProfiles, () => {
  const comparison = buildDialogueProfiles(dataset, meetings);

  it('describes each dialogue, the shared years and the thin side', () => {
    expect(summarizeProfiles(comparison)).toBe(
      `${us} raised 2 topics at 2 of its 3 meetings (2022–2025); ` +
        `${eu} raised 3 topics at 3 of its 6 meetings (2017–2025); ` +
        `years both cover: 2023, 2025; data for ${eu} is thin, so compare with care.`,
    );
  });

  it('says when it counts only the shared years', () => {
    expect(summarizeProfiles(comparison, { onlySharedYears: true })).toBe(
      `${us} raised 1 topic at 1 of its 2 meetings (2023–2025); ` +
        `${eu} raised 2 topics at 2 of its 2 meetings (2023–2025); ` +
        `counting only the years both cover: 2023, 2025; data for ${eu} is thin, so compare with care.`,
    );
  });

  it.each([
    {
      name: 'no meetings',
      comparison: buildDialogueProfiles(dataset, []),
      options: {},
      text: 'No meetings of any dialogue match these filters.',
    },
    {
      name: 'no shared years, restricted',
      comparison: buildDialogueProfiles(dataset, meetings.slice(0, 2).concat(meetings[3]!)),
      options: { onlySharedYears: true },
      text: 'The dialogues have no year in common under these filters, so there is nothing to compare.',
    },
    {
      name: 'no shared years, unrestricted',
      comparison: buildDialogueProfiles(dataset, meetings.slice(0, 2)),
      options: {},
      text:
        `${us} raised 2 topics at 2 of its 2 meetings (2022–2023); ${eu} has no meetings; ` +
        `the dialogues have no year in common here; data for ${eu} is thin, so compare with care.`,
    },
    {
      name: 'one dialogue only',
      comparison: buildDialogueProfiles({ dialogues: [US] }, meetings.slice(1, 2)),
      options: { onlySharedYears: true },
      text: `${us} raised 1 topic at 1 of its 1 meeting (2023); there is no other dialogue to compare it with.`,
    },
  ])('handles $name', ({ comparison: c, options, text }) => {
    expect(summarizeProfiles(c, options)).toBe(text);
  });

  it('isolates a dialogue name that would reorder the sentence, and changes nothing else', () => {
    const reversed = { ...US, shortName: '\u202Eabc' };
    expect(
      summarizeProfiles(buildDialogueProfiles({ dialogues: [reversed] }, meetings.slice(1, 2))),
    ).toBe(
      '\u2068\u202Eabc\u2069 raised 1 topic at 1 of its 1 meeting (2023); there is no other dialogue to compare it with.',
    );
  });
});
