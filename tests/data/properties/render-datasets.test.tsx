import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as React from 'react';
import { renderToString as toHtml } from 'react-dom/server';
import { App } from '@/app/app';
import { datasetQueryOptions } from '@/data/dataset-query';
import { meetingName } from '@/domain/labels';
import { meetingStanding } from '@/domain/meeting-standing';
import { parseDataset } from '@/data/parse-dataset';
import { DEFAULT_FILTERS } from '@/view/filters';
import { PAGES, type PageId } from '@/view/pages';
import { pinRenderPage } from '@/view/use-page';
import { filterMeetings } from '@/view/filter-records';
import type { Dataset } from '@/domain/schema';
import { generateDataset } from '../../../scripts/synthetic-dataset';
import { validDatasetArbitrary } from '../../support/dataset-arbitraries';
import { pinToday } from '../../support/pin-today';
import { loadEveryPage } from '../../support/page-panels';

/** "Today" for every render here: meetings planned for earlier periods read "not confirmed". */
const TODAY = '2026-12-06';
pinToday(TODAY);

/** The overview's meeting counts, worked out from each meeting's standing on TODAY. */
function meetingCountsText(dataset: Dataset): string {
  const count = (standing: string) =>
    dataset.meetings.filter((meeting) => meetingStanding(meeting, TODAY) === standing).length;
  const [held, planned, notConfirmed] = [count('held'), count('planned'), count('not-confirmed')];
  return [
    `${held} held`,
    planned > 0 || notConfirmed === 0 ? `${planned} planned` : '',
    notConfirmed > 0 ? `${notConfirmed} not confirmed` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Text as React writes it into HTML. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

/**
 * The app's markup for a dataset on the given pages (the Overview, with the counts, and the
 * meetings page, with the list, unless told), as the server renderer writes it (lazy charts show
 * their fallback).
 */
function appMarkup(dataset: Dataset, pages: readonly PageId[] = ['overview', 'meetings']): string {
  const loaded = parseDataset(dataset);
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(datasetQueryOptions.queryKey, loaded);
  const html = pages
    .map((page) => {
      pinRenderPage(page);
      return toHtml(<App queryClient={client} />);
    })
    .join('\n');
  expect(html).toContain(meetingCountsText(dataset));
  // The timeline lists the first 25 meetings in date order and says how many more "Show more" adds.
  const meetings = filterMeetings(loaded, DEFAULT_FILTERS);
  for (const meeting of meetings.slice(0, 25)) {
    expect(html).toContain(escapeHtml(meetingName(meeting, loaded.index.dialogueById)));
  }
  if (meetings.length > 25) expect(html).toContain(`Showing 25 of ${meetings.length} meetings`);
  return html;
}

// React's development build captures an owner stack (an Error and a console task) for every element
// it creates, which is most of the time a server render takes here. Those stacks only decorate
// warnings, so the property turns them off: reading a large count makes React skip them.
type OwnerStackCounter = { recentlyCreatedOwnerStacks?: unknown };
const internals = (React as unknown as Record<string, OwnerStackCounter | undefined>)
  .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;

beforeAll(async () => {
  await loadEveryPage();
  window.history.replaceState(null, '', '/');
  if (internals) {
    Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
      configurable: true,
      get: () => Number.MAX_SAFE_INTEGER,
      set: () => {},
    });
  }
});

afterAll(() => {
  pinRenderPage(undefined);
  if (internals) {
    Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
      configurable: true,
      writable: true,
      enumerable: true,
      value: 0,
    });
  }
});

describe('rendering random valid datasets', () => {
  it('renders the whole dashboard with the listed meetings and the meeting counts', () => {
    fc.assert(
      fc.property(validDatasetArbitrary({ minScale: 0.1, maxScale: 0.5 }), (dataset) => {
        appMarkup(dataset);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);

  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
  ])('renders the synthetic dataset at scale %i (seed %i)', (scale, seed) => {
    appMarkup(generateDataset({ seed, scale }));
  });

  it('renders the hostile dataset with its markup as text, never as tags', () => {
    const dataset = JSON.parse(
      readFileSync('tests/fixtures/datasets/hostile-valid.json', 'utf8'),
    ) as Dataset;
    const html = appMarkup(
      dataset,
      PAGES.map((page) => page.id),
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/href="(?:javascript|data|vbscript):/i);
  });
});
