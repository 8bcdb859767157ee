import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { describeUndrawnChart } from './undrawn-chart';
import { MARKER, rootWith } from '../../src/boot/page-markers';

export type E2eDataset = {
  meta: { version: string };
  dialogues: { id: string; primary: boolean; name: string; shortName: string }[];
  meetings: {
    id: string;
    dialogue: string;
    round: number | null;
    status: string;
    date: { value: string };
    coChairs: { person: string; side: string }[];
    topics: { topic: string; raisedIn: string; evidence: { source: string; quote: string }[] }[];
    outcomes: {
      kind: string;
      text: string;
      meeting?: string;
      evidence: { source: string; quote: string }[];
    }[];
  }[];
  topics: { id: string; label: string }[];
  commitments: {
    id: string;
    title: string;
    topics: string[];
    events: {
      date: { value: string };
      type: string;
      evidence: { source: string; quote: string }[];
    }[];
  }[];
  sources: { id: string; url: string; title: string }[];
  people: { id: string; name: string }[];
};

export const DATASET_PATH = '/data/dialogue-dataset.json';

/** The bundled dataset as the test reads it from disk: expectations are computed, not typed in. */
export const dataset = JSON.parse(readFileSync(`public${DATASET_PATH}`, 'utf8')) as E2eDataset;

/** Starts recording Content-Security-Policy violations; call the result to read them. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Fails the test on any uncaught page error or CSP violation, checked at the end. */
export async function guardPage(page: Page): Promise<() => Promise<void>> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const violations = await watchCsp(page);
  return async () => {
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  };
}

export const yearOf = (value: string) => Number(value.slice(0, 4));

/** The "today" the browser tests pin the page's clock to (the date). */
export const TODAY = '2026-12-06';

/**
 * Pins the page's clock (`Date.now`, `new Date()`) to noon UTC of `date` before it loads; timers run
 * as usual. What the app judges on "today" (meetings not confirmed, stalled commitments) then does
 * not depend on when the test runs.
 */
export async function pinToday(page: Page, date = TODAY): Promise<void> {
  await page.clock.setFixedTime(new Date(`${date}T12:00:00Z`));
}

/** The last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can mean. */
function endOfPeriod(value: string): string {
  if (value.length === 10) return value;
  if (value.length === 4) return `${value}-12-31`;
  const lastDay = new Date(Date.UTC(yearOf(value), Number(value.slice(5, 7)), 0)).getUTCDate();
  return `${value}-${String(lastDay).padStart(2, '0')}`;
}

/**
 * A meeting's standing on `referenceDate`, worked out here from the JSON (not by the app's code):
 * held as recorded; planned until the last day of its agreed period; not confirmed after it.
 */
export function standingOn(
  meeting: E2eDataset['meetings'][number],
  referenceDate: string,
): 'held' | 'planned' | 'not confirmed' {
  if (meeting.status === 'held') return 'held';
  return endOfPeriod(meeting.date.value) < referenceDate ? 'not confirmed' : 'planned';
}

/** The overview's meeting counts on `referenceDate`: "9 held · 1 not confirmed". */
export function meetingCountsText(referenceDate: string): string {
  const count = (standing: string) =>
    dataset.meetings.filter((meeting) => standingOn(meeting, referenceDate) === standing).length;
  const [held, planned, notConfirmed] = [count('held'), count('planned'), count('not confirmed')];
  return [
    `${held} held`,
    planned > 0 || notConfirmed === 0 ? `${planned} planned` : '',
    notConfirmed > 0 ? `${notConfirmed} not confirmed` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Ticks one option of a filter bar menu (Topic, Year…) and closes the menu. */
async function chooseOption(page: Page, menu: string, option: string): Promise<void> {
  // A phone shows the filter controls on request.
  const toggle = page.getByRole('button', { name: 'Change filters' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('group', { name: menu }).getByRole('checkbox', { name: option }).check();
  await page.keyboard.press('Escape');
}

/** Ticks one year in the filter bar's Year menu and closes the menu. */
export const chooseYear = (page: Page, year: number) => chooseOption(page, 'Year', String(year));

/** Ticks one topic, by its label, in the filter bar's Topic menu and closes the menu. */
export const chooseTopic = (page: Page, label: string) => chooseOption(page, 'Topic', label);

/**
 * Waits until the app is live and the panels the prerendered page left for later are laid out
 * (src/boot/deferred-layout.ts): until then the page below the first screen is still growing, so a
 * jump to a far element can land short of it.
 */
export async function waitForLayout(page: Page): Promise<void> {
  await expect(page.locator('#root')).toHaveAttribute(MARKER.appReady, '');
  await expect(page.locator(rootWith(MARKER.deferredLayout))).toHaveCount(0);
}

/** Waits until the page has drawn `frames` more animation frames. */
export async function waitFrames(page: Page, frames: number): Promise<void> {
  await page.evaluate(async (count) => {
    for (let frame = 0; frame < count; frame += 1)
      await new Promise((next) => requestAnimationFrame(next));
  }, frames);
}

/**
 * Scrolls a chart's frame into view once the app is live (charts mount as they near the viewport;
 * before that the prerendered page is still being laid out) and waits until the chart is drawn.
 */
export async function showChart(page: Page, figure: Locator): Promise<void> {
  await waitForLayout(page);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(`[${MARKER.chartBody}] svg`).first()).toBeVisible();
}

/** Opens a chart's "Show the data as a table" (tables are built on first opening) and waits for it. */
export async function openTable(figure: Locator): Promise<void> {
  const details = figure.locator('details');
  if (!(await details.evaluate((node: HTMLDetailsElement) => node.open))) {
    await details.getByText('Show the data as a table').click();
  }
  await expect(details.locator('table')).toBeVisible();
}

/**
 * Draws every chart on the page (or `within` one part of it) and waits until each is drawn (and,
 * `withTables`, its table is open and built).
 */
export async function drawAllCharts(
  page: Page,
  { withTables = false, within }: { withTables?: boolean; within?: Locator } = {},
): Promise<void> {
  await waitForLayout(page);
  const figures = (within ?? page).locator('figure[aria-labelledby]');
  // In one round trip, each chart is brought on screen for two rendering updates: one in which the
  // browser finds its skipped panel on screen and shows it, one in which the chart's observer sees
  // it; a chart once near stays drawn. The charts then load and draw together instead of one after
  // the other (a wait per chart cost 40 s of a 90 s scan on a busy machine). Not two animation
  // frames: pinToday's clock fakes requestAnimationFrame, whose callbacks then come on a timer, not
  // with a rendering update, and with one core busy one chart in six was scrolled past unseen.
  // Tables are opened by script: behind an open detail dialog a click cannot reach them.
  await figures.evaluateAll(
    async (nodes: HTMLElement[], { openTables, bodyMarker }) => {
      // An observer reports first in the rendering update after it starts observing. Once, in a
      // clean-clone run with one core busy, no report came for 90 s (cause not found), so the wait
      // gives up after a second: a chart still not near is then shown as a reader would, below.
      const renderingUpdate = (node: Element) =>
        new Promise<void>((done) => {
          const observer = new IntersectionObserver(() => {
            observer.disconnect();
            done();
          });
          observer.observe(node);
          setTimeout(() => {
            observer.disconnect();
            done();
          }, 1_000);
        });
      for (const node of nodes) {
        // A chart frame replaced since the list was taken is not observed: the browser tracks only
        // elements in the document. Its successor is checked below.
        if (!node.isConnected) continue;
        node.scrollIntoView({ block: 'center' });
        const details = node.querySelector('details');
        if (openTables && details) details.open = true;
        if (node.querySelector(`[${bodyMarker}] svg`)) continue;
        await renderingUpdate(node);
        await renderingUpdate(node);
      }
    },
    { openTables: withTables, bodyMarker: MARKER.chartBody },
  );
  for (const figure of await figures.all()) {
    const chart = figure.locator(`[${MARKER.chartBody}] svg`).first();
    // A chart not yet under way (its observer missed both updates) is shown as a reader would.
    if ((await chart.count()) === 0) await figure.scrollIntoViewIfNeeded();
    try {
      await expect(chart).toBeVisible();
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${await describeUndrawnChart(figure)}`);
    }
    if (withTables) await expect(figure.locator('details table')).toBeAttached();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * One page shared by the tests of a `describe` that look at the same loaded page in turn
 * (another colour scheme, another width): each would otherwise load the page and draw its charts
 * again, 5–20 s on a busy 2-core machine. `beforeAll` opens it with the project's context options
 * and runs `prepare` on it (with three times the usual time); the tests then read `shared.page`.
 */
export function useSharedPage(prepare: (page: Page) => Promise<void>): { readonly page: Page } {
  let page: Page | undefined;
  // In order in one worker; unlike 'serial', a failure does not skip the tests after it (the next
  // worker opens the page again).
  test.describe.configure({ mode: 'default' });

  test.beforeAll(async ({ browser }: { browser: Browser }, testInfo) => {
    test.setTimeout(testInfo.timeout * 3);
    const { baseURL, serviceWorkers, viewport, userAgent, deviceScaleFactor } =
      testInfo.project.use;
    const context = await browser.newContext({
      baseURL,
      serviceWorkers,
      viewport,
      userAgent,
      deviceScaleFactor,
    });
    page = await context.newPage();
    await prepare(page);
  });

  test.afterAll(async () => {
    await page?.context().close();
  });

  return {
    get page() {
      if (!page) throw new Error('the shared page is opened in beforeAll');
      return page;
    },
  };
}
