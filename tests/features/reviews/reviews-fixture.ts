import type { Dataset } from '@/domain/schema';
import {
  evidence,
  makeContact,
  makeDataset,
  makeReview,
  makeReviewSeries,
} from '../../support/fixtures';

const dated = (value: string, precision: 'day' | 'month' | 'year' = 'month') => ({
  value,
  precision,
  uncertain: false,
  evidence: evidence(),
});

/** Four series (a score, a rank, a tier and an outcome), their editions and two contacts. */
export function makeReviewsDataset(overrides: Partial<Dataset> = {}): Dataset {
  return makeDataset({
    reviewSeries: [
      makeReviewSeries(),
      makeReviewSeries({
        id: 'rsf',
        name: 'World Press Freedom Index',
        publisher: 'Reporters Without Borders',
        measure: 'rank',
        scale: 'rank of 180; 1 is freest',
        higherIsBetter: false,
        topics: ['topic-b'],
        commitments: [],
      }),
      makeReviewSeries({
        id: 'tip',
        name: 'Trafficking in Persons Report',
        publisher: 'US Department of State',
        voice: 'us-government',
        measure: 'tier',
        scale: 'Tier 1 (best) to Tier 3',
        higherIsBetter: false,
        topics: ['topic-b'],
      }),
      makeReviewSeries({
        id: 'upr',
        name: 'Universal Periodic Review',
        publisher: 'UN Human Rights Council',
        voice: 'un-or-intergovernmental',
        measure: 'outcome',
        scale: 'recommendations received and accepted',
        higherIsBetter: null,
        topics: ['topic-a'],
      }),
    ],
    reviews: [
      makeReview({ id: 'fiw-2024', edition: 'Freedom in the World 2024', date: dated('2024-02') }),
      makeReview({ id: 'fiw-2025', date: dated('2025-02') }),
      makeReview({
        id: 'rsf-2024',
        series: 'rsf',
        edition: 'World Press Freedom Index 2024',
        date: dated('2024-05-03', 'day'),
        value: 142,
        label: '142nd of 180',
        evidence: evidence('src-b', 'Kazakhstan ranks 142nd'),
      }),
      makeReview({
        id: 'rsf-2025',
        series: 'rsf',
        edition: 'World Press Freedom Index 2025',
        date: dated('2025-05-02', 'day'),
        value: 141,
        label: '141st of 180',
      }),
      makeReview({
        id: 'tip-2025',
        series: 'tip',
        edition: 'Trafficking in Persons Report 2025',
        date: dated('2025-06'),
        value: 2,
        label: 'Tier 2',
      }),
      makeReview({
        id: 'upr-2025',
        series: 'upr',
        edition: 'Universal Periodic Review, fourth cycle',
        date: dated('2025-03'),
        covers: '2019–2024',
        value: null,
        label: '259 of 294 recommendations accepted',
      }),
    ],
    contacts: [
      makeContact(),
      makeContact({
        id: 'eu-kz-council-2024',
        name: 'EU–Kazakhstan Cooperation Council',
        kind: 'cooperation-council',
        parties: ['eu', 'kz'],
        date: dated('2024-10-21', 'day'),
        location: null,
        summary: 'The twentieth Cooperation Council met in Luxembourg.',
        humanRights: [
          {
            kind: 'on-agenda',
            text: 'The EU raised human rights and fundamental freedoms.',
            voice: 'eu',
            evidence: evidence('src-a', 'discussed human rights'),
          },
        ],
        gaps: [],
      }),
    ],
    ...overrides,
  });
}
