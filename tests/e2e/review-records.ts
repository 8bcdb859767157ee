import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { DATASET_PATH } from './support';
import { MARKER } from '../../src/boot/page-markers';

/** The review series, their editions and high-level contacts of the bundled dataset, as the browser tests read them. */
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

export type E2eReviewsDataset = {
  reviewSeries: E2eReviewSeries[];
  reviews: E2eReview[];
  contacts: E2eContact[];
  meetings: { id: string }[];
};

const bundled = JSON.parse(
  readFileSync(`public${DATASET_PATH}`, 'utf8'),
) as Partial<E2eReviewsDataset>;

/** The bundled dataset's reviews and contacts; a test fails early if it has none. */
export const reviewsDataset: E2eReviewsDataset = {
  reviewSeries: bundled.reviewSeries ?? [],
  reviews: bundled.reviews ?? [],
  contacts: bundled.contacts ?? [],
  meetings: bundled.meetings ?? [],
};

/** Opens `url` once the app is live. */
export async function showReviewsData(page: Page, url = '/commitments/'): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
}
