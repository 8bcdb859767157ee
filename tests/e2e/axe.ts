import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { MARKER, rootWith } from '../../src/boot/page-markers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core itself, run in the page, rather than @axe-core/playwright's AxeBuilder: the app has no
// frames, which is what AxeBuilder adds (a partial run per frame, then a merge in a second page),
// and on the latest developments shown whole (3,800 elements) that took 12.6 s against 2.7 s for
// `axe.run` with the same rules, on a quiet machine.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeWindow = { axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> } };

/**
 * The WCAG 2.2 AA violations axe finds on the page (or only inside `include`, a CSS selector), one
 * line each (rule, count, first element).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Scan the page as laid out: parts still skipped by the deferred layout have no size yet…
  await expect(page.locator(rootWith(MARKER.deferredLayout))).toHaveCount(0);
  // …and panels far from the screen are skipped by the browser (content-visibility: auto), so axe
  // would pass over them (contrast needs a layout): those the scan covers are drawn for it (laying
  // out every panel for a scan of a detail dialog is wasted work).
  const panels = page.locator(`[${MARKER.panels}] > section`);
  await panels.evaluateAll((sections: HTMLElement[], include) => {
    for (const section of sections) {
      const scanned =
        !include || section.closest(include) !== null || section.querySelector(include) !== null;
      if (scanned) section.style.contentVisibility = 'visible';
    }
  }, include);
  try {
    // Evaluated by DevTools, so the page's CSP (no eval) does not apply; once per document.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(
      async ({ include, tags }) => {
        const { axe } = window as AxeWindow;
        const results = await axe!.run(include ?? document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return results.violations.map((v) => ({
          id: v.id,
          count: v.nodes.length,
          first: v.nodes[0]?.target.join(' '),
        }));
      },
      { include, tags: WCAG_22_AA },
    );
    return violations.map(({ id, count, first }) => `${id}: ${count} nodes, e.g. ${first}`);
  } finally {
    await panels.evaluateAll((sections: HTMLElement[]) => {
      for (const section of sections) section.style.removeProperty('content-visibility');
    });
  }
}
