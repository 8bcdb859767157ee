import { composeExportSvg, type ComposeOptions } from '@/components/chart/export/compose-svg';

function compose(legend: ComposeOptions['legend']): SVGSVGElement {
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
  });
}

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
});
