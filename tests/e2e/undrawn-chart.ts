import type { Locator } from '@playwright/test';
import { MARKER } from '../../src/boot/page-markers';

/**
 * What the page knows about a chart that is not drawn yet, for the failure message: twice a clean-
 * clone run with one core busy found the timeline's chart never drawn and its code never requested
 * (docs/performance.md), and neither could be reproduced on demand.
 */
export async function describeUndrawnChart(figure: Locator): Promise<string> {
  return figure.evaluate(async (node, bodyMarker) => {
    const body = node.querySelector(`[${bodyMarker}]`);
    if (!body) return 'chart not drawn; the frame has no chart body';
    const rect = body.getBoundingClientRect();
    const intersecting = await new Promise<boolean>((settle) => {
      const observer = new IntersectionObserver(([entry]) => {
        observer.disconnect();
        settle(entry?.isIntersecting ?? false);
      });
      observer.observe(body);
    });
    const skipped: string[] = [];
    for (let el: Element | null = body; el; el = el.parentElement) {
      const visibility = getComputedStyle(el).contentVisibility;
      if (visibility && visibility !== 'visible') skipped.push(`${el.tagName} ${visibility}`);
    }
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop() ?? '')
      .filter((name) => /chart/i.test(name));
    const root = document.getElementById('root');
    return [
      'chart not drawn',
      `body children ${body.childElementCount}, top ${Math.round(rect.top)}, height ${Math.round(rect.height)} (viewport ${innerHeight}, scrollY ${Math.round(scrollY)})`,
      `a fresh IntersectionObserver sees it ${intersecting ? 'intersecting' : 'not intersecting'}`,
      `visible to the browser: ${body.checkVisibility({ contentVisibilityAuto: true })}; content-visibility above it: ${skipped.join(', ') || 'none'}`,
      `#root attributes: ${root?.getAttributeNames().join(' ')}`,
      `chart chunks requested: ${chunks.join(' ') || 'none'}`,
    ].join('; ');
  }, MARKER.chartBody);
}
