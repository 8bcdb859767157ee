import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { ExportMenu } from '@/components/chart/export-menu';
import { ExportContext } from '@/components/chart/export/export-context';
import type { ChartExportSpec, ExportContextValue } from '@/components/chart/export/export-types';

const spec: ChartExportSpec = {
  stem: 'chart',
  csv: { header: ['A'], rows: [['1']] },
  records: [],
  legend: [],
};
const context: ExportContextValue = {
  caption: 'All records (no filters)',
  datasetLine: 'Dialogue Tracker dataset v1.0.0 of 22 November 2026',
  describeSources: () => 'none',
  fileName: (stem, extension) => `${stem}.${extension}`,
  viewUrl: () => 'http://localhost/',
};

describe('ExportMenu', () => {
  it('offers PNG, SVG, CSV and JSON downloads behind one button', async () => {
    render(
      <ExportContext value={context}>
        <ExportMenu title="A chart" getSpec={() => spec} frameRef={createRef()} />
      </ExportContext>,
    );
    const button = screen.getByRole('button', { name: 'Export A chart' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['Download PNG', 'Download SVG', 'Download CSV', 'Download data (JSON)']) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
    expect(screen.getByRole('combobox', { name: 'Image theme' })).toHaveValue('light');
  });

  it('says clearly when an export fails, and keeps working', async () => {
    render(
      <ExportContext value={context}>
        <ExportMenu title="A chart" getSpec={() => spec} frameRef={createRef()} />
      </ExportContext>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export A chart' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Export failed: the chart is not on the page. The dashboard is unaffected; try again.',
    );
    expect(screen.getByRole('button', { name: 'Export A chart' })).toBeEnabled();
  });

  it('shows nothing without the page’s export context', () => {
    render(<ExportMenu title="A chart" getSpec={() => spec} frameRef={createRef()} />);
    expect(screen.queryByRole('button', { name: /Export/ })).not.toBeInTheDocument();
  });
});
