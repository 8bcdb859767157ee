import { buildReviewExport } from '@/features/reviews/reviews-export';
import { buildReviewsView } from '@/features/reviews/reviews-series';
import { DEFAULT_FILTERS } from '@/view/filters';
import { isolate } from '@/lib/isolate';
import { makeReviewsDataset } from './reviews-fixture';

describe(buildReviewExport, () => {
  it('writes a CSV row per edition shown, with the series and those editions as records', () => {
    const dataset = makeReviewsDataset();
    const rsf = buildReviewsView(dataset, { ...DEFAULT_FILTERS, years: [2025] }).charts.find(
      (series) => series.id === 'rsf',
    );
    if (!rsf) throw new Error('the fixture has an RSF series');
    const spec = buildReviewExport(rsf, dataset);
    expect(spec.stem).toBe('review-rsf');
    expect(spec.csv.header).toEqual([
      'Edition',
      'Published',
      'Date precision',
      'Covers',
      'Value',
      'Label',
      'Scale',
      'Whose word',
      'Publisher',
    ]);
    expect(spec.csv.rows).toEqual([
      [
        'World Press Freedom Index 2025',
        '2025-05-02',
        'day',
        '',
        141,
        '141st of 180',
        'rank of 180; 1 is freest',
        'Independent (NGO, media, academic)',
        'Reporters Without Borders',
      ],
    ]);
    expect(spec.records).toEqual({
      reviewSeries: dataset.reviewSeries?.filter((series) => series.id === 'rsf'),
      reviews: dataset.reviews?.filter((review) => review.id === 'rsf-2025'),
    });
    expect(spec.legend).toEqual([
      {
        label: `${isolate('World Press Freedom Index')} (${isolate('rank of 180; 1 is freest')})`,
        color: 'var(--color-accent)',
        shape: 'circle',
      },
    ]);
  });
});
