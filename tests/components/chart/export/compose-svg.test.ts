import { composeExportSvg, type ComposeOptions } from '@/components/chart/export/compose-svg';
import { isolate } from '@/lib/isolate';

function compose(
  legend: ComposeOptions['legend'],
  overrides: Partial<ComposeOptions> = {},
): SVGSVGElement {
  return composeExportSvg({
    chart: document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
    chartWidth: 600,
    chartHeight: 200,
    title: 'Timeline',
    caption: 'All meetings',
    footer: [],
    legend,
    colors: { background: '#fff', ink: '#000', muted: '#555' },
    fontFamily: 'sans-serif',
    measure: (text, size) => text.length * size * 0.5,
    ...overrides,
  });
}

const textsOf = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('text')].map((node) => node.textContent);

describe(composeExportSvg, () => {
  it('draws a "ring-question" legend mark as a dashed ring with a question mark inside', () => {
    const svg = compose([{ label: 'Not confirmed', color: '#0072b2', shape: 'ring-question' }]);
    const mark = svg.querySelector('g');
    const ring = mark?.querySelector('circle');
    expect(ring?.getAttribute('fill')).toBe('none');
    expect(ring?.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(mark?.querySelector('text')?.textContent).toBe('?');
    expect([...svg.querySelectorAll('text')].map((node) => node.textContent)).toContain(
      'Not confirmed',
    );
  });

  it('keeps a data value isolated in the caption, on each line when it wraps', () => {
    const label = `\u202E${'word '.repeat(20)}end`;
    const svg = compose([], { caption: `Topics: ${isolate(label)} · Years: 2024` });
    const caption = textsOf(svg).filter((text) => text?.includes('word'));
    expect(caption.length).toBeGreaterThan(1);
    for (const line of caption)
      expect(line).toMatch(/^(Topics: )?\u2068.*\u2069( · Years: 2024)?$/);
    expect(caption[0]).toMatch(/^Topics: \u2068\u202Eword/);
    expect(caption.at(-1)).toMatch(/end\u2069 · Years: 2024$/);
  });
});
