import {
  reviewSummary,
  reviewTakeaway,
  type ReviewSentenceInput,
} from '@/features/reviews/review-summary';

const point = (when: string, label: string, value: number | null) => ({ when, label, value });

const fiw = (points: ReviewSentenceInput['points']): ReviewSentenceInput => ({
  name: 'Freedom in the World',
  publisher: 'Freedom House',
  measure: 'score',
  scale: '0–100; higher is freer',
  higherIsBetter: true,
  points,
  totalEditions: points.length,
  axis: { reversed: false },
});

const rsf = (points: ReviewSentenceInput['points']): ReviewSentenceInput => ({
  ...fiw(points),
  name: 'World Press Freedom Index',
  publisher: 'Reporters Without Borders',
  measure: 'rank',
  scale: 'rank of 180; 1 is freest',
  higherIsBetter: false,
  axis: { reversed: true },
});

describe(reviewTakeaway, () => {
  it('says when no edition is left', () => {
    expect(reviewTakeaway(fiw([]))).toBe('Freedom in the World: no edition under these filters');
  });

  it('gives a single edition its value and year', () => {
    expect(reviewTakeaway(fiw([point('2025', '23/100, Not Free', 23)]))).toBe(
      'Freedom House rated Kazakhstan 23/100, Not Free, in 2025',
    );
  });

  it('says when every edition gave the same value', () => {
    const same = [point('2024', '23/100, Not Free', 23), point('2025', '23/100, Not Free', 23)];
    expect(reviewTakeaway(fiw(same))).toBe(
      'Freedom House has rated Kazakhstan 23/100, Not Free, in both 2024 and 2025',
    );
    expect(reviewTakeaway(fiw([...same, point('2026', '23/100, Not Free', 23)]))).toBe(
      'Freedom House has rated Kazakhstan 23/100, Not Free, in each of 3 editions, 2024–2026',
    );
  });

  it('compares the latest with the first by the series direction: a lower rank is better', () => {
    expect(
      reviewTakeaway(rsf([point('2024', '142nd of 180', 142), point('2025', '141st of 180', 141)])),
    ).toBe(
      'Reporters Without Borders ranked Kazakhstan 141st of 180 in 2025, better than 142nd of 180 in 2024',
    );
    expect(reviewTakeaway(fiw([point('2023', '39/100', 39), point('2024', '38/100', 38)]))).toBe(
      'Freedom House rated Kazakhstan 38/100 in 2024, worse than 39/100 in 2023',
    );
  });

  it('places a country in a tier', () => {
    const tip: ReviewSentenceInput = {
      ...fiw([point('2024', 'Tier 2', 2), point('2025', 'Tier 2', 2)]),
      publisher: 'US Department of State',
      measure: 'tier',
      higherIsBetter: false,
    };
    expect(reviewTakeaway(tip)).toBe(
      'US Department of State has placed Kazakhstan in Tier 2 in both 2024 and 2025',
    );
  });

  it('does not call a change better or worse when the direction is unknown or the latest has no value', () => {
    const unranked = {
      ...fiw([point('2023', 'A', 1), point('2024', 'B', 2)]),
      higherIsBetter: null,
    };
    expect(reviewTakeaway(unranked)).toBe(
      'Freedom House rated Kazakhstan B in 2024, after A in 2023',
    );
    expect(
      reviewTakeaway(fiw([point('2023', '39/100', 39), point('2024', 'Not rated', null)])),
    ).toBe('Freedom House rated Kazakhstan Not rated in 2024, after 39/100 in 2023');
  });

  it('says when the latest value equals the first', () => {
    expect(
      reviewTakeaway(
        fiw([point('2023', '39', 39), point('2024', '40', 40), point('2025', '39', 39)]),
      ),
    ).toBe('Freedom House rated Kazakhstan 39 in 2025, as in 2023, with other values in between');
    expect(reviewTakeaway(fiw([point('2023', '39', 39), point('2024', 'thirty-nine', 39)]))).toBe(
      'Freedom House rated Kazakhstan thirty-nine in 2024, the same value as in 2023',
    );
  });
});

describe(reviewSummary, () => {
  it('says the scale, the direction and each edition', () => {
    expect(
      reviewSummary(rsf([point('2024', '142nd of 180', 142), point('2025', '141st of 180', 141)])),
    ).toBe(
      'Scale: rank of 180; 1 is freest. Lower is better, so the axis runs downwards: better is up. 2 editions: 142nd of 180 (2024); 141st of 180 (2025).',
    );
  });

  it('names one edition, counts those without a value and those the filters leave out', () => {
    const input = { ...fiw([point('2025', 'Not rated', null)]), totalEditions: 3 };
    expect(reviewSummary(input)).toBe(
      'Scale: 0–100; higher is freer. Higher is better. 1 edition: Not rated (2025). 1 edition has no value on the scale and is listed in the table only. 2 more editions are outside these filters.',
    );
    expect(reviewSummary(fiw([]))).toMatch(/No edition under these filters\.$/);
  });

  it('lists the first and latest three of many editions', () => {
    const many = Array.from({ length: 10 }, (_, i) => point(String(2010 + i), String(i), i));
    expect(reviewSummary(fiw(many))).toMatch(
      /10 editions: 0 \(2010\); 1 \(2011\); 2 \(2012\); …; 7 \(2017\); 8 \(2018\); 9 \(2019\)\.$/,
    );
  });
});
