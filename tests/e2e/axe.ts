import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { MARKER, rootWith } from '../../src/boot/page-markers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA violations axe finds on the page (or only inside `include`, a CSS selector), one
 * line each (rule, count, first element).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Scan the page as laid out: parts still skipped by the deferred layout have no size yet…
  await expect(page.locator(rootWith(MARKER.deferredLayout))).toHaveCount(0);
  // …and panels far from the screen are skipped by the browser (content-visibility: auto), so axe
  // would pass over them (contrast needs a layout): they are drawn for the scan.
  const panels = page.locator(`[${MARKER.panels}] > section`);
  await panels.evaluateAll((sections: HTMLElement[]) => {
    for (const section of sections) section.style.contentVisibility = 'visible';
  });
  try {
    const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
    const results = await (include ? builder.include(include) : builder).analyze();
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.length} nodes, e.g. ${violation.nodes[0]?.target.join(' ')}`,
    );
  } finally {
    await panels.evaluateAll((sections: HTMLElement[]) => {
      for (const section of sections) section.style.removeProperty('content-visibility');
    });
  }
}
