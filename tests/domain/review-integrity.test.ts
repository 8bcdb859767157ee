import { checkIntegrity } from '@/domain/integrity';
import type { Contact, Review, ReviewSeries } from '@/domain/schema';
import { evidence, makeDataset } from '../support/fixtures';

const series = (overrides: Partial<ReviewSeries> = {}): ReviewSeries => ({
  id: 'fiw',
  name: 'Freedom in the World',
  publisher: 'Freedom House',
  voice: 'independent',
  measure: 'score',
  scale: '0–100; higher is freer',
  higherIsBetter: true,
  description: 'An annual rating.',
  topics: ['topic-a'],
  commitments: ['commitment-a'],
  ...overrides,
});

const review = (overrides: Partial<Review> = {}): Review => ({
  id: 'fiw-2025',
  series: 'fiw',
  edition: 'Freedom in the World 2025',
  date: { value: '2025', precision: 'year', uncertain: false, evidence: evidence() },
  value: 23,
  label: '23/100, Not Free',
  evidence: evidence(),
  ...overrides,
});

const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 'summit',
  name: 'C5+1 summit',
  kind: 'summit',
  parties: ['us', 'kz'],
  date: { value: '2025-11-06', precision: 'day', uncertain: false, evidence: evidence() },
  location: null,
  summary: 'A summit.',
  humanRights: [],
  gaps: [],
  ...overrides,
});

describe('review series, reviews and contacts', () => {
  it('accepts a dataset with none of them, and sound ones', () => {
    expect(checkIntegrity(makeDataset())).toEqual([]);
    expect(
      checkIntegrity(
        makeDataset({ reviewSeries: [series()], reviews: [review()], contacts: [contact()] }),
      ),
    ).toEqual([]);
  });

  it('names a review whose series does not exist', () => {
    expect(
      checkIntegrity(
        makeDataset({ reviewSeries: [series()], reviews: [review({ series: 'rsf' })] }),
      ),
    ).toEqual([
      {
        path: 'reviews[0].series',
        message: 'refers to review series "rsf", which is not in reviewSeries',
      },
    ]);
  });

  it('names a topic or commitment of a series that does not exist', () => {
    expect(
      checkIntegrity(
        makeDataset({ reviewSeries: [series({ topics: ['nope'], commitments: ['gone'] })] }),
      ),
    ).toEqual([
      {
        path: 'reviewSeries[0].topics[0]',
        message: 'refers to topic "nope", which is not in topics',
      },
      {
        path: 'reviewSeries[0].commitments[0]',
        message: 'refers to commitment "gone", which is not in commitments',
      },
    ]);
  });

  it('refuses a duplicate id within a collection, and checks the sources of their evidence', () => {
    const problems = checkIntegrity(
      makeDataset({
        contacts: [contact(), { ...contact(), summary: 'Another.' }],
        reviewSeries: [series()],
        reviews: [review({ evidence: evidence('no-such-source') })],
      }),
    );
    expect(problems).toContainEqual({
      path: 'contacts[1].id',
      message: 'duplicate id "summit": contacts[0] already uses it; every id must be unique',
    });
    expect(problems).toContainEqual({
      path: 'reviews[0].evidence[0].source',
      message: 'refers to source "no-such-source", which is not in sources',
    });
  });
});
