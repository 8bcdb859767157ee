import { formatCitation } from '@/domain/citation';
import { makeDataset } from '../support/fixtures';

const dataset = makeDataset();
const [sourceA, sourceB] = dataset.sources as [
  (typeof dataset.sources)[0],
  (typeof dataset.sources)[0],
];

describe(formatCitation, () => {
  it('gives the quote, source, publisher, date, URL and dataset version', () => {
    expect(formatCitation({ source: 'src-a', quote: 'held today' }, sourceA, dataset.meta)).toBe(
      '“held today” — Source A, Publisher A, 11 April 2022. https://example.org/a (cited via Fixture dataset, v1.2.3)',
    );
  });

  it('adds the English translation and says when the date is not shown', () => {
    expect(
      formatCitation(
        { source: 'src-b', quote: '11 АПРЕЛЯ 2022 Г.', translation: '11 April 2022' },
        sourceB,
        dataset.meta,
      ),
    ).toBe(
      '“11 АПРЕЛЯ 2022 Г.” [English: “11 April 2022”] — Source B, Publisher B, date not shown. http://example.com/b (cited via Fixture dataset, v1.2.3)',
    );
  });
});
