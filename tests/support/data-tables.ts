import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Opens every chart's "Show the data as a table" once, as a reader would (tables are built on
 * opening). Call it while they are all closed: a second click closes a table again.
 */
export async function openDataTables(): Promise<void> {
  const user = userEvent.setup();
  const tablesBefore = screen.queryAllByRole('table').length;
  const summaries = await screen.findAllByText('Show the data as a table');
  for (const summary of summaries) await user.click(summary);
  await waitFor(() =>
    expect(screen.getAllByRole('table')).toHaveLength(tablesBefore + summaries.length),
  );
}
