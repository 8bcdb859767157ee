import { balanceIsolates } from '@/lib/isolate';
import { wrapText } from '@/lib/wrap-text';
import type { SeriesSpec } from '@/components/chart/chart-spec';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const TITLE_SIZE = 18;
const TEXT_SIZE = 12;
const LINE = 17;

export type ComposeOptions = {
  chart: SVGSVGElement;
  chartWidth: number;
  chartHeight: number;
  title: string;
  caption: string;
  footer: readonly string[];
  legend: readonly SeriesSpec[];
  colors: { background: string; ink: string; muted: string };
  fontFamily: string;
  measure: (text: string, size: number) => number;
};

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

function text(
  content: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  weight = 400,
): SVGTextElement {
  const node = element('text', { x, y, 'font-size': size, 'font-weight': weight, fill });
  node.textContent = content;
  return node;
}

function legendMark(item: ComposeOptions['legend'][number], x: number, y: number): SVGElement {
  switch (item.shape) {
    case 'circle':
      return element('circle', { cx: x + 6, cy: y - 4, r: 5, fill: item.color });
    case 'ring':
      return element('circle', {
        cx: x + 6,
        cy: y - 4,
        r: 5,
        fill: 'none',
        stroke: item.color,
        'stroke-width': 2,
        'stroke-dasharray': '3 2',
      });
    case 'ring-question': {
      const group = element('g', {});
      group.append(legendMark({ ...item, shape: 'ring' }, x, y));
      const mark = text('?', x + 6, y - 1, 8, item.color, 700);
      mark.setAttribute('text-anchor', 'middle');
      group.append(mark);
      return group;
    }
    case 'diamond':
      return element('path', {
        d: `M${x + 6},${y - 10}L${x + 12},${y - 4}L${x + 6},${y + 2}L${x},${y - 4}Z`,
        fill: item.color,
      });
    default:
      return element('rect', { x, y: y - 10, width: 12, height: 12, fill: item.color });
  }
}

/**
 * One standalone SVG holding everything a reader needs: title, the active filters, the chart, its
 * legend, the sources and dataset version, and the URL of the view. Text is wrapped to the width; a
 * data value wrapped onto two lines stays isolated on both.
 */
export function composeExportSvg(options: ComposeOptions): SVGSVGElement {
  const width = Math.max(options.chartWidth + 2 * PAD, 480);
  const inner = width - 2 * PAD;
  const measure = (size: number) => (value: string) => options.measure(value, size);
  const wrap = (value: string, size: number) =>
    balanceIsolates(wrapText(value, inner, measure(size)));
  const titleLines = wrap(options.title, TITLE_SIZE);
  const captionLines = wrap(options.caption, TEXT_SIZE);
  const footerLines = options.footer.flatMap((line) => wrap(line, TEXT_SIZE));

  const legendRows: { item: ComposeOptions['legend'][number]; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of options.legend) {
    const itemWidth = 18 + options.measure(item.label, TEXT_SIZE) + 16;
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      row += 1;
    }
    legendRows.push({ item, x, row });
    x += itemWidth;
  }
  const legendHeight = options.legend.length > 0 ? (row + 1) * LINE + 8 : 0;

  const headerHeight = PAD + titleLines.length * 24 + captionLines.length * LINE + 8;
  const chartTop = headerHeight;
  const legendTop = chartTop + options.chartHeight + 12;
  const footerTop = legendTop + legendHeight;
  const height = footerTop + footerLines.length * LINE + PAD;

  const svg = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': options.fontFamily,
  });
  svg.append(element('rect', { width, height, fill: options.colors.background }));
  titleLines.forEach((line, i) =>
    svg.append(text(line, PAD, PAD + 16 + i * 24, TITLE_SIZE, options.colors.ink, 600)),
  );
  const captionTop = PAD + titleLines.length * 24 + 6;
  captionLines.forEach((line, i) =>
    svg.append(text(line, PAD, captionTop + i * LINE, TEXT_SIZE, options.colors.muted)),
  );

  const chart = options.chart;
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(chartTop));
  chart.setAttribute('width', String(options.chartWidth));
  chart.setAttribute('height', String(options.chartHeight));
  svg.append(chart);

  for (const entry of legendRows) {
    const baseline = legendTop + 12 + entry.row * LINE;
    svg.append(legendMark(entry.item, PAD + entry.x, baseline));
    svg.append(text(entry.item.label, PAD + entry.x + 18, baseline, TEXT_SIZE, options.colors.ink));
  }
  footerLines.forEach((line, i) =>
    svg.append(text(line, PAD, footerTop + 12 + i * LINE, TEXT_SIZE, options.colors.muted)),
  );
  return svg;
}
