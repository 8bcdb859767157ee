import {
  reviewSummary,
  reviewTakeaway,
  type ReviewSentenceInput,
  type ReviewSentencePoint,
} from '@/features/reviews/review-summary';
import { withoutIsolates } from '@/lib/isolate';

// The wording as a reader sees it; the isolation of data values has its own tests below.
const takeaway = (input: ReviewSentenceInput) => withoutIsolates(reviewTakeaway(input));
const summary = (input: ReviewSentenceInput) => withoutIsolates(reviewSummary(input));

/** An edition named by its year ("… 2024"), published in `when`. */
const edition = (year: string, label: string, value: number | null, when = year) => ({
  when,
  editionYear: year,
  label,
  value,
});
/** An edition whose name holds no year: sentences say when it was published. */
const published = (when: string, label: string, value: number | null) => ({
  when,
  editionYear: null,
  label,
  value,
});

const fiw = (points: readonly ReviewSentencePoint[]): ReviewSentenceInput => ({
  name: 'Freedom in the World',
  publisher: 'Freedom House',
  measure: 'score',
  scale: '0–100; higher is freer',
  higherIsBetter: true,
  points,
  totalEditions: points.length,
  axis: { reversed: false },
});

const rsf = (points: readonly ReviewSentencePoint[]): ReviewSentenceInput => ({
  ...fiw(points),
  name: 'World Press Freedom Index',
  publisher: 'Reporters Without Borders',
  measure: 'rank',
  scale: 'rank of 180; 1 is freest',
  higherIsBetter: false,
  axis: { reversed: true },
});

const tip = (points: readonly ReviewSentencePoint[]): ReviewSentenceInput => ({
  ...fiw(points),
  name: 'Trafficking in Persons Report',
  publisher: 'US Department of State',
  measure: 'tier',
  scale: 'Tier placement as the report assigns it',
  higherIsBetter: null,
  axis: { reversed: true },
});

describe(reviewTakeaway, () => {
  it('says when no edition is left', () => {
    expect(takeaway(fiw([]))).toBe('Freedom in the World: no edition under these filters');
  });

  it('gives a single edition its value and names it by the year in its name', () => {
    expect(takeaway(fiw([edition('2025', '23/100, Not Free', 23)]))).toBe(
      'Freedom House rated Kazakhstan 23/100, Not Free, in its 2025 edition',
    );
  });

  it('says when every edition gave the same value', () => {
    const same = [edition('2024', '23/100, Not Free', 23), edition('2025', '23/100, Not Free', 23)];
    expect(takeaway(fiw(same))).toBe(
      'Freedom House has rated Kazakhstan 23/100, Not Free, in both its 2024 and 2025 editions',
    );
    expect(
      takeaway(
        tip([
          edition('2023', 'Tier 2', 2),
          edition('2024', 'Tier 2', 2),
          edition('2025', 'Tier 2', 2),
        ]),
      ),
    ).toBe(
      'US Department of State has placed Kazakhstan in Tier 2 in each of its 3 editions, 2023–2025',
    );
  });

  it('compares the latest with the one before and the first, by the series direction', () => {
    expect(
      takeaway(
        rsf([
          edition('2023', '134th of 180', 134),
          edition('2024', '142nd of 180', 142),
          edition('2025', '141st of 180', 141),
        ]),
      ),
    ).toBe(
      'Reporters Without Borders ranked Kazakhstan 141st of 180 in its 2025 edition, better than 142nd of 180 in its 2024 edition and worse than 134th of 180 in its 2023 edition',
    );
    expect(
      takeaway(
        fiw([edition('2023', '39 points', 39, '2024'), edition('2024', '40 points', 40, '2025')]),
      ),
    ).toBe(
      'Freedom House rated Kazakhstan 40 points in its 2024 edition, better than 39 points in its 2023 edition',
    );
    expect(
      takeaway(
        fiw([edition('2023', '39', 39), edition('2024', '40', 40), edition('2025', '39', 39)]),
      ),
    ).toBe(
      'Freedom House rated Kazakhstan 39 in its 2025 edition, worse than 40 in its 2024 edition and the same as 39 in its 2023 edition',
    );
  });

  it('says when published where an edition’s name holds no year', () => {
    expect(takeaway(fiw([published('2023', '39', 39), published('February 2025', '38', 38)]))).toBe(
      'Freedom House rated Kazakhstan 38 in February 2025, worse than 39 in 2023',
    );
  });

  it('does not call a change better or worse without a direction, or when the latest has no value', () => {
    const unranked = {
      ...fiw([edition('2023', 'A', 1), edition('2024', 'B', 2)]),
      higherIsBetter: null,
    };
    expect(takeaway(unranked)).toBe(
      'Freedom House rated Kazakhstan B in its 2024 edition, after A in its 2023 edition',
    );
    expect(takeaway(fiw([edition('2023', '39/100', 39), edition('2024', 'Not rated', null)]))).toBe(
      'Freedom House rated Kazakhstan Not rated in its 2024 edition, after 39/100 in its 2023 edition',
    );
  });
});

describe(reviewSummary, () => {
  it('says the scale, the direction, how the axis runs and each edition', () => {
    expect(
      summary(rsf([edition('2024', '142nd of 180', 142), edition('2025', '141st of 180', 141)])),
    ).toBe(
      'Scale: rank of 180; 1 is freest. Lower is better, so the axis runs downwards: better is up. 2 editions: 142nd of 180 (2024 edition); 141st of 180 (2025 edition). The chart places each by its date of publication.',
    );
    expect(summary(tip([edition('2025', 'Tier 2', 2)]))).toMatch(
      /^Scale: Tier placement as the report assigns it\. Values are not ranked better or worse; the axis puts Tier 1 at the top\./,
    );
  });

  it('lists a charted edition by its value as the chart prints it, an outcome by its label', () => {
    const points = [{ ...edition('2025', '23/100, Not Free', 23), valueText: '23' }];
    expect(summary(fiw(points))).toMatch(/1 edition: 23 \(2025 edition\)\./);
    expect(summary({ ...fiw(points), axis: null })).toMatch(
      /1 edition: 23\/100, Not Free \(2025 edition\)\.$/,
    );
  });

  it('names one edition, counts those without a value and those the filters leave out', () => {
    const input = { ...fiw([published('2025', 'Not rated', null)]), totalEditions: 3 };
    expect(summary(input)).toBe(
      'Scale: 0–100; higher is freer. Higher is better. 1 edition: Not rated (2025). The chart places each by its date of publication. 1 edition has no value on the scale and is listed in the table only. 2 more editions are outside these filters.',
    );
    expect(summary(fiw([]))).toMatch(/No edition under these filters\.$/);
  });

  it('lists the first and latest three of many editions', () => {
    const many = Array.from({ length: 10 }, (_, i) => edition(String(2010 + i), String(i), i));
    expect(summary({ ...fiw(many), axis: null })).toMatch(
      /10 editions: 0 \(2010 edition\); 1 \(2011 edition\); 2 \(2012 edition\); …; 7 \(2017 edition\); 8 \(2018 edition\); 9 \(2019 edition\)\.$/,
    );
  });
});

describe('review sentences with data that would reorder them', () => {
  const hostile = (points: readonly ReviewSentencePoint[]): ReviewSentenceInput => ({
    ...fiw(points),
    name: '\u202Eabc',
    publisher: 'مراقبة',
    scale: '\u202E0–100',
  });

  it('isolates the publisher, the name and every edition label in the takeaway', () => {
    expect(reviewTakeaway(hostile([]))).toBe(
      '\u2068\u202Eabc\u2069: no edition under these filters',
    );
    expect(
      reviewTakeaway(hostile([edition('2024', '\u202E39, x', 39), edition('2025', '40', 40)])),
    ).toBe(
      '\u2068مراقبة\u2069 rated Kazakhstan \u206840\u2069 in its 2025 edition, better than \u2068\u202E39, x\u2069 in its 2024 edition',
    );
  });

  it('isolates the scale and an edition listed by its label in the summary', () => {
    const points = [edition('2025', '\u202ENot rated', null)];
    expect(reviewSummary({ ...hostile(points), axis: null })).toBe(
      'Scale: \u2068\u202E0–100\u2069. Higher is better. 1 edition: \u2068\u202ENot rated\u2069 (2025 edition).',
    );
  });
});
