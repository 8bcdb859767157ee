import { exportChart } from '@/components/chart/export/export-chart';
import type { ExportContextValue } from '@/components/chart/export/export-types';
import { downloadBlob } from '@/lib/download-blob';
import { isolate } from '@/lib/isolate';

vi.mock('@/lib/download-blob', () => ({ downloadBlob: vi.fn() }));

const context: ExportContextValue = {
  caption: `Topic: ${isolate('\u202Eabc')} · Year: 2024`,
  datasetLine: 'Dialogue Tracker dataset v1.0.0 of 22 November 2026',
  describeSources: () => 'none',
  fileName: (stem, extension) => `${stem}.${extension}`,
  viewUrl: () => 'http://localhost/?topic=topic-a',
};

describe(exportChart, () => {
  it('writes the JSON download’s title and filters as the data has them, without isolate marks', async () => {
    await exportChart({
      format: 'json',
      frame: {} as HTMLElement,
      title: `${isolate('Freedom House')} rated Kazakhstan ${isolate('23')} in its 2025 edition`,
      spec: { stem: 'chart', csv: { header: [], rows: [] }, records: [], legend: [] },
      context,
      theme: 'light',
    });
    const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0] ?? [];
    expect(fileName).toBe('chart.json');
    expect(JSON.parse((await blob?.text()) ?? '{}')).toMatchObject({
      chart: 'Freedom House rated Kazakhstan 23 in its 2025 edition',
      filters: 'Topic: \u202Eabc · Year: 2024',
    });
  });
});
