import { READOUT_PALETTE } from '@/components/chart/palette';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { HEATMAP, heatmapSize } from '@/features/topics/topic-round-layout';
import { truncateLabel } from '@/lib/truncate-label';
import type { TopicRoundMatrix } from '@/features/topics/topic-round-matrix';
import { isolate } from '@/lib/isolate';

export type TopicRoundHeatmapProps = {
  matrix: TopicRoundMatrix;
};

/**
 * Topics (rows) by meetings (columns); a filled, lettered cell names the readout that raised it.
 * On a narrow screen the grid scrolls sideways under a copy of the topic names that stays put, so
 * every row keeps its name in view; the grid itself (which an export copies) keeps its own names.
 */
export function TopicRoundHeatmap({ matrix }: TopicRoundHeatmapProps) {
  const { width, height } = heatmapSize(matrix.columns.length, matrix.rows.length);
  const { labelWidth, cellWidth, rowHeight, headerHeight } = HEATMAP;
  return (
    <ScrollRegion label="Topics meeting by meeting, grid" className="h-full">
      <div className="grid w-max">
        <svg
          // On a phone the grid starts 80 px (labelWidth − phoneLabelWidth) further left, under the
          // narrower names, which leaves room for more meetings.
          className="col-start-1 row-start-1 max-md:-ml-20"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          fontSize={12}
        >
          {matrix.columns.map((column, c) => {
            const x = labelWidth + c * cellWidth + cellWidth / 2;
            return (
              <text
                key={column.meetingId}
                transform={`translate(${x} ${headerHeight - 6}) rotate(-45)`}
                fill="var(--color-ink)"
              >
                <title>{column.label}</title>
                {truncateLabel(column.label, HEATMAP.columnLabelChars)}
              </text>
            );
          })}
          {matrix.rows.map((row, r) => {
            const y = headerHeight + r * rowHeight;
            return (
              <g key={row.topicId}>
                <RowLabel label={row.label} row={r} />
                {row.cells.map((cell, c) => {
                  const x = labelWidth + c * cellWidth;
                  const column = matrix.columns[c]?.label ?? cell.meetingId;
                  const what = cell.group ? READOUT_PALETTE[cell.group].label : 'not raised';
                  return (
                    <g key={cell.meetingId}>
                      <title>{`${isolate(row.label)} · ${isolate(column)}: ${what}`}</title>
                      <rect
                        x={x + 2}
                        y={y + 2}
                        width={cellWidth - 4}
                        height={rowHeight - 4}
                        rx={3}
                        fill={cell.group ? READOUT_PALETTE[cell.group].color : 'none'}
                        stroke={cell.group ? 'none' : 'var(--color-line)'}
                      />
                      {cell.group && (
                        <text
                          x={x + cellWidth / 2}
                          y={y + rowHeight / 2}
                          dy="0.35em"
                          textAnchor="middle"
                          fontWeight={600}
                          fill="var(--color-surface)"
                        >
                          {READOUT_PALETTE[cell.group].glyph}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
        <StickyNames matrix={matrix} height={height} width={labelWidth} only="wide" />
        <StickyNames matrix={matrix} height={height} width={HEATMAP.phoneLabelWidth} only="phone" />
      </div>
    </ScrollRegion>
  );
}

type StickyNamesProps = {
  matrix: TopicRoundMatrix;
  height: number;
  width: number;
  only: 'phone' | 'wide';
};

/** The topic names on an opaque strip that stays at the left while the grid scrolls under it. */
function StickyNames({ matrix, height, width, only }: StickyNamesProps) {
  const chars = only === 'phone' ? HEATMAP.phoneLabelChars : HEATMAP.labelChars;
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      fontSize={12}
      data-only={only}
      className="sticky left-0 col-start-1 row-start-1 bg-surface"
    >
      {matrix.rows.map((row, r) => (
        <RowLabel key={row.topicId} label={row.label} row={r} right={width - 8} chars={chars} />
      ))}
    </svg>
  );
}

type RowLabelProps = { label: string; row: number; right?: number; chars?: number };

/** A topic's name, right-aligned against the grid on its row (ending at `right`), whole in the tooltip. */
function RowLabel({
  label,
  row,
  right = HEATMAP.labelWidth - 8,
  chars = HEATMAP.labelChars,
}: RowLabelProps) {
  const { rowHeight, headerHeight } = HEATMAP;
  return (
    <text
      x={right}
      y={headerHeight + row * rowHeight + rowHeight / 2}
      dy="0.35em"
      textAnchor="end"
      fill="var(--color-ink)"
    >
      <title>{label}</title>
      {truncateLabel(label, chars)}
    </text>
  );
}
