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
