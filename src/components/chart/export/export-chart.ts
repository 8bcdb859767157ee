// Loaded only when a user asks for an export (dynamic import from the export menu).
import { MARKER } from '@/boot/page-markers';
import { toCsv } from '@/lib/csv';
import { composeExportSvg } from '@/components/chart/export/compose-svg';
import type {
  ChartExportSpec,
  ExportContextValue,
  ExportTheme,
} from '@/components/chart/export/export-types';
import { cloneWithInlinedStyles } from '@/components/chart/export/inline-styles';
import { svgToPng } from '@/components/chart/export/rasterize';
import { downloadBlob } from '@/lib/download-blob';
import { withoutIsolates } from '@/lib/isolate';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

export type ExportRequest = {
  format: ExportFormat;
  /** The chart's frame; its `[data-chart-body]` holds the drawn chart. */
  frame: HTMLElement;
  title: string;
  spec: ChartExportSpec;
  context: ExportContextValue;
  theme: ExportTheme;
};

function findChartSvg(frame: HTMLElement): SVGSVGElement | null {
  const body = frame.querySelector(`[${MARKER.chartBody}]`);
  return (
    body?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    body?.querySelector<SVGSVGElement>('svg') ??
    null
  );
}

/**
 * The drawn chart, waiting up to `timeoutMs` for it: a chart mounts as it nears the viewport, so
 * an export started right after scrolling to it (or by keyboard) may come a moment early.
 */
async function waitForChartSvg(frame: HTMLElement, timeoutMs = 5000): Promise<SVGSVGElement> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const svg = findChartSvg(frame);
    if (svg) return svg;
    if (performance.now() > deadline) throw new Error('the chart has not been drawn yet');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function resolveColor(color: string): string {
  const match = /^var\((--[\w-]+)\)$/.exec(color.trim());
  return match?.[1] ? cssVariable(match[1]) || color : color;
}

/** Runs `read` with the light palette forced on the page (no paint happens in between). */
function inTheme<T>(theme: ExportTheme, read: () => T): T {
  if (theme === 'current') return read();
  const root = document.documentElement;
  root.classList.add('force-light');
  try {
    return read();
  } finally {
    root.classList.remove('force-light');
  }
}

function measurer(fontFamily: string): (text: string, size: number) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, size) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${size}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

async function renderSvg(
  request: ExportRequest,
): Promise<{ markup: string; width: number; height: number }> {
  await document.fonts.ready;
  const source = await waitForChartSvg(request.frame);
  const box = source.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) throw new Error('the chart has no size on screen');
  const fontFamily = getComputedStyle(document.body).fontFamily;
  const { context, spec } = request;
  const svg = inTheme(request.theme, () =>
    composeExportSvg({
      chart: cloneWithInlinedStyles(source),
      chartWidth: box.width,
      chartHeight: box.height,
      title: request.title,
      caption: context.caption,
      footer: [
        `Sources: ${context.describeSources(spec.records)}; ${context.datasetLine}.`,
        `View: ${context.viewUrl()}`,
      ],
      legend: spec.legend.map((item) => ({ ...item, color: resolveColor(item.color) })),
      colors: {
        background: cssVariable('--color-surface'),
        ink: cssVariable('--color-ink'),
        muted: cssVariable('--color-muted'),
      },
      fontFamily,
      measure: measurer(fontFamily),
    }),
  );
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  return { markup: new XMLSerializer().serializeToString(svg), width, height };
}

/** Produces and downloads one export of a chart; resolves to the file name, rejects with the reason. */
export async function exportChart(request: ExportRequest): Promise<string> {
  const { format, spec, context } = request;
  const fileName = context.fileName(spec.stem, format);
  if (format === 'csv') {
    downloadBlob(
      new Blob([toCsv(spec.csv.header, spec.csv.rows)], { type: 'text/csv;charset=utf-8' }),
      fileName,
    );
  } else if (format === 'json') {
    // A data file: the isolate marks that keep these sentences in order on screen are left out.
    const document = {
      chart: withoutIsolates(request.title),
      filters: withoutIsolates(context.caption),
      view: context.viewUrl(),
      dataset: withoutIsolates(context.datasetLine),
      records: spec.records,
    };
    downloadBlob(
      new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: 'application/json' }),
      fileName,
    );
  } else {
    const { markup, width, height } = await renderSvg(request);
    const blob =
      format === 'svg'
        ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${markup}`], {
            type: 'image/svg+xml;charset=utf-8',
          })
        : await svgToPng(markup, width, height, Math.max(2, window.devicePixelRatio || 1));
    downloadBlob(blob, fileName);
  }
  return fileName;
}
