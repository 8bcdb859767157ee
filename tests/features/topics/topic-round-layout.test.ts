import { HEATMAP, heatmapSize } from '@/features/topics/topic-round-layout';

describe(heatmapSize, () => {
  it('grows with the columns and rows', () => {
    expect(heatmapSize(3, 2)).toEqual({
      width: HEATMAP.labelWidth + 3 * HEATMAP.cellWidth + HEATMAP.rightPad,
      height: HEATMAP.headerHeight + 2 * HEATMAP.rowHeight + HEATMAP.bottomPad,
    });
  });

  it('keeps room for one cell when the grid is empty', () => {
    expect(heatmapSize(0, 0)).toEqual(heatmapSize(1, 1));
  });
});
