import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DATASET_PATH } from './support';

/**
 * Test records of review series, their editions and high-level contacts, shaped like the schema's
 * optional collections. Until the bundled dataset carries its own, the browser tests open the bundled
 * dataset with these added as the reader's own file; the sources and quotes are fixtures, not research.
 */
type Evidence = { source: string; quote: string };
type Dated = { value: string; precision: 'day' | 'month' | 'year'; uncertain: boolean };

export type E2eReviewSeries = {
  id: string;
  name: string;
  publisher: string;
  voice: string;
  measure: 'score' | 'rank' | 'tier' | 'outcome';
  scale: string;
  higherIsBetter: boolean | null;
  description: string;
  topics: string[];
  commitments: string[];
};
export type E2eReview = {
  id: string;
  series: string;
  edition: string;
  date: Dated & { evidence: Evidence[] };
  covers?: string;
  value: number | null;
  label: string;
  evidence: Evidence[];
};
export type E2eContact = {
  id: string;
  name: string;
  kind: string;
  parties: string[];
  date: Dated & { evidence: Evidence[] };
  location: { city: string | null; country: string | null; evidence: Evidence[] } | null;
  summary: string;
  humanRights: { kind: string; text: string; voice: string; evidence: Evidence[] }[];
  gaps: string[];
};

const quote = (source: string, text: string): Evidence[] => [{ source, quote: text }];
const on = (value: string, source: string): E2eReview['date'] => ({
  value,
  precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
  uncertain: false,
  evidence: quote(source, `Fixture: published ${value}`),
});

const SOURCES = [
  ['fixture-freedom-house', 'Freedom House', 'https://freedomhouse.org/country/kazakhstan', 'ngo'],
  ['fixture-rsf', 'Reporters Without Borders', 'https://rsf.org/en/country/kazakhstan', 'ngo'],
  [
    'fixture-state-tip',
    'US Department of State',
    'https://www.state.gov/reports/tip',
    'us-government',
  ],
  [
    'fixture-ohchr',
    'OHCHR',
    'https://www.ohchr.org/en/hr-bodies/upr/kz-index',
    'un-or-intergovernmental',
  ],
  ['fixture-hrw', 'Human Rights Watch', 'https://www.hrw.org/europe/central-asia', 'ngo'],
  [
    'fixture-eeas',
    'European External Action Service',
    'https://www.eeas.europa.eu/kazakhstan',
    'eu',
  ],
].map(([id, publisher, url, kind]) => ({
  id: id ?? '',
  title: `${publisher} (test fixture)`,
  publisher: publisher ?? '',
  url: url ?? '',
  published: null,
  language: 'en',
  kind: kind ?? 'other',
}));

export const REVIEW_SERIES: E2eReviewSeries[] = [
  {
    id: 'freedom-in-the-world',
    name: 'Freedom in the World',
    publisher: 'Freedom House',
    voice: 'independent',
    measure: 'score',
    scale: '0–100; higher is freer',
    higherIsBetter: true,
    description: 'An annual rating of political rights and civil liberties.',
    topics: ['political-rights', 'freedom-of-peaceful-assembly'],
    commitments: ['peaceful-assemblies'],
  },
  {
    id: 'press-freedom-index',
    name: 'World Press Freedom Index',
    publisher: 'Reporters Without Borders',
    voice: 'independent',
    measure: 'rank',
    scale: 'rank of 180 countries; 1 is freest',
    higherIsBetter: false,
    description: 'An annual ranking of press freedom.',
    topics: ['freedom-of-expression-and-media'],
    commitments: [],
  },
  {
    id: 'tip-report',
    name: 'Trafficking in Persons Report',
    publisher: 'US Department of State',
    voice: 'us-government',
    measure: 'tier',
    scale: 'Tier 1 (best) to Tier 3',
    higherIsBetter: false,
    description: 'The US government’s annual assessment of efforts against trafficking.',
    topics: ['trafficking-in-persons'],
    commitments: ['trafficking-law'],
  },
  {
    id: 'upr',
    name: 'Universal Periodic Review',
    publisher: 'UN Human Rights Council',
    voice: 'un-or-intergovernmental',
    measure: 'outcome',
    scale: 'recommendations received and accepted',
    higherIsBetter: null,
    description: 'The peer review of each UN member’s human-rights record.',
    topics: ['multilateral-cooperation', 'human-rights-institutions'],
    commitments: ['human-rights-action-plan'],
  },
];

export const REVIEWS: E2eReview[] = [
  [
    'freedom-in-the-world-2024',
    'freedom-in-the-world',
    'Freedom in the World 2024',
    '2024-02',
    23,
    '23/100, Not Free',
    'fixture-freedom-house',
  ],
  [
    'freedom-in-the-world-2025',
    'freedom-in-the-world',
    'Freedom in the World 2025',
    '2025-02',
    23,
    '23/100, Not Free',
    'fixture-freedom-house',
  ],
  [
    'press-freedom-index-2024',
    'press-freedom-index',
    'World Press Freedom Index 2024',
    '2024-05-03',
    142,
    '142nd of 180',
    'fixture-rsf',
  ],
  [
    'press-freedom-index-2025',
    'press-freedom-index',
    'World Press Freedom Index 2025',
    '2025-05-02',
    141,
    '141st of 180',
    'fixture-rsf',
  ],
  [
    'tip-report-2024',
    'tip-report',
    'Trafficking in Persons Report 2024',
    '2024-06-24',
    2,
    'Tier 2',
    'fixture-state-tip',
  ],
  [
    'tip-report-2025',
    'tip-report',
    'Trafficking in Persons Report 2025',
    '2025-09',
    2,
    'Tier 2',
    'fixture-state-tip',
  ],
  [
    'upr-4th-cycle',
    'upr',
    'Universal Periodic Review, fourth cycle',
    '2025-03',
    null,
    '294 recommendations, 259 accepted',
    'fixture-ohchr',
  ],
].map(([id, series, edition, date, value, label, source]) => ({
  id: String(id),
  series: String(series),
  edition: String(edition),
  date: on(String(date), String(source)),
  value: value === null ? null : Number(value),
  label: String(label),
  evidence: quote(String(source), `Fixture: Kazakhstan, ${String(label)}`),
}));

export const CONTACTS: E2eContact[] = [
  {
    id: 'c5-plus-1-summit-2025',
    name: 'C5+1 summit',
    kind: 'summit',
    parties: ['us', 'kz'],
    date: on('2025-11-06', 'fixture-hrw'),
    location: {
      city: 'Washington',
      country: 'United States',
      evidence: quote('fixture-hrw', 'Fixture: in Washington'),
    },
    summary: 'The US President met the leaders of the five Central Asian states.',
    humanRights: [
      {
        kind: 'call',
        text: 'Human Rights Watch urged that human rights be on the summit’s agenda.',
        voice: 'independent',
        evidence: quote('fixture-hrw', 'Fixture: should put human rights on the agenda'),
      },
    ],
    gaps: ['No human-rights item was found in the outcomes read.'],
  },
  {
    id: 'eu-kz-cooperation-council-2024',
    name: 'EU–Kazakhstan Cooperation Council',
    kind: 'cooperation-council',
    parties: ['eu', 'kz'],
    date: on('2024-10', 'fixture-eeas'),
    location: null,
    summary: 'The annual Cooperation Council under the partnership agreement.',
    humanRights: [
      {
        kind: 'on-agenda',
        text: 'The EU raised human rights and fundamental freedoms.',
        voice: 'eu',
        evidence: quote('fixture-eeas', 'Fixture: discussed human rights'),
      },
    ],
    gaps: [],
  },
];

const bundled = JSON.parse(readFileSync(`public${DATASET_PATH}`, 'utf8')) as Record<
  string,
  unknown
> & { sources: unknown[] };

/** True once the bundled dataset has review series of its own: the tests then read those. */
export const BUNDLED_HAS_REVIEWS = Array.isArray(bundled.reviewSeries);

export type E2eReviewsDataset = {
  reviewSeries: E2eReviewSeries[];
  reviews: E2eReview[];
  contacts: E2eContact[];
  meetings: { id: string }[];
};

/** The dataset the browser tests show: the bundled one, with the records above unless it has its own. */
export const reviewsDataset = (BUNDLED_HAS_REVIEWS
  ? bundled
  : {
      ...bundled,
      sources: [...bundled.sources, ...SOURCES],
      reviewSeries: REVIEW_SERIES,
      reviews: REVIEWS,
      contacts: CONTACTS,
    }) as unknown as E2eReviewsDataset;

let file: string | undefined;

/**
 * Opens `url` showing reviewsDataset: the bundled dataset as it is, or (until it has reviews) after
 * opening the dataset with the records above through "Open dataset…", which keeps it in this
 * browser context for the next pages too. (Serving it in place of the bundled file would make the
 * prerendered page disagree with the app at hydration.)
 */
export async function showReviewsData(page: Page, url = '/'): Promise<void> {
  await page.goto(BUNDLED_HAS_REVIEWS ? url : '/');
  await expect(page.locator('#root')).toHaveAttribute('data-app-ready', '', { timeout: 15_000 });
  if (BUNDLED_HAS_REVIEWS) return;
  file ??= join(tmpdir(), `dialogue-dataset-with-reviews-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(reviewsDataset));
  await page.getByTestId('dataset-file-input').setInputFiles(file);
  await expect(page.getByTestId('dataset-indicator')).toContainText('Kept in this browser');
  if (url !== '/') await page.goto(url);
}
