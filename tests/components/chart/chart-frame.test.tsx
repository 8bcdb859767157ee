import { lazy, Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '@/components/chart/chart-frame';

function Table() {
  return (
    <table aria-label="The numbers">
      <tbody>
        <tr>
          <td>42</td>
        </tr>
      </tbody>
    </table>
  );
}

describe('ChartFrame', () => {
  it('names the figure by its title and describes it by its summary', () => {
    render(
      <ChartFrame title="A chart" summary="What it shows." height={100} table={<Table />}>
        <svg />
      </ChartFrame>,
    );
    expect(screen.getByRole('figure', { name: 'A chart' })).toHaveAccessibleDescription(
      'What it shows.',
    );
  });

  it('builds the data table when it is first opened, and keeps it when closed again', async () => {
    const user = userEvent.setup();
    render(
      <ChartFrame title="A chart" summary="What it shows." height={100} table={<Table />}>
        <svg />
      </ChartFrame>,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByText('Show the data as a table'));
    expect(await screen.findByRole('table', { name: 'The numbers' })).toBeInTheDocument();

    await user.click(screen.getByText('Show the data as a table'));
    expect(screen.getByText('42')).toBeInTheDocument();
  });
});

describe('a chart that fails', () => {
  const silence = () => vi.spyOn(console, 'error').mockImplementation(() => {});

  it('says its code did not load, and keeps the title, summary and table', async () => {
    silence();
    const Missing = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chart.js')),
    );
    const user = userEvent.setup();
    render(
      <ChartFrame title="A chart" summary="What it shows." height={100} table={<Table />}>
        <Suspense fallback={null}>
          <Missing />
        </Suspense>
      </ChartFrame>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The chart could not be loaded: the connection seems to be down.',
    );
    expect(screen.getByRole('figure', { name: 'A chart' })).toHaveAccessibleDescription(
      'What it shows.',
    );
    await user.click(screen.getByText('Show the data as a table'));
    expect(await screen.findByRole('table', { name: 'The numbers' })).toBeInTheDocument();
  });

  it('names any other error', async () => {
    silence();
    function Broken(): never {
      throw new Error('no scale for the x axis');
    }
    render(
      <ChartFrame title="A chart" summary="What it shows." height={100} table={<Table />}>
        <Broken />
      </ChartFrame>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The chart could not be drawn (no scale for the x axis).',
    );
  });
});
