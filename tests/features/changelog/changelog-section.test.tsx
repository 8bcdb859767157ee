import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangelogSection } from '@/features/changelog/changelog-section';
import { renderWithProviders } from '../../support/render';
import { makeDataset } from '../../support/fixtures';

const base = makeDataset();
const dataset = makeDataset({
  meta: {
    ...base.meta,
    version: '1.10.0',
    updated: '2027-03',
    changelog: [
      { version: '1.9.0', date: '2026-12-01', changes: ['Corrected a co-chair title.'] },
      {
        version: '1.10.0',
        date: '2027-03',
        changes: ['Added the 17th EU meeting.', 'Fixed a date.'],
      },
      { version: '1.0.0', date: '2026-11-22', changes: ['First release.'] },
    ],
  },
});

const versionList = () => screen.getByRole('list', { name: 'Dataset versions, newest first' });
const versionHeadings = () =>
  within(versionList())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('ChangelogSection', () => {
  it('shows the current version, how to cite, and every version newest first', () => {
    renderWithProviders(<ChangelogSection />, { dataset });

    expect(
      screen.getByRole('heading', { name: 'Dataset changelog', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Current version 1\.10\.0, updated March 2027\./)).toBeInTheDocument();
    expect(
      screen.getByText(/Cite the version you used; later versions may add or correct records\./),
    ).toBeInTheDocument();
    expect(versionHeadings()).toEqual([
      'Version 1.10.0 (current)',
      'Version 1.9.0',
      'Version 1.0.0',
    ]);
    expect(screen.getByText('1 December 2026')).toBeInTheDocument();
    expect(screen.getByText('Added the 17th EU meeting.')).toBeInTheDocument();
  });

  const picker = () => screen.getByRole('combobox', { name: 'Show changes since version' });

  it('lists only what changed after the version a user cited, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChangelogSection />, { dataset });

    await user.selectOptions(picker(), '1.0.0');
    expect(versionHeadings()).toEqual(['Version 1.10.0 (current)', 'Version 1.9.0']);
    await waitFor(() => expect(window.location.search).toBe('?since=1.0.0'));

    await user.selectOptions(picker(), '1.10.0');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing has changed since version 1.10.0: it is the current version.',
    );
    await waitFor(() => expect(window.location.search).toBe('?since=1.10.0'));

    await user.selectOptions(picker(), 'All versions');
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(versionHeadings()).toHaveLength(3);
  });

  it('restores the version from a shared URL', () => {
    renderWithProviders(<ChangelogSection />, { dataset, url: '/?since=1.9.0' });
    expect(picker()).toHaveDisplayValue('1.9.0');
    expect(versionHeadings()).toEqual(['Version 1.10.0 (current)']);
  });

  it('drops a version the changelog does not list from the URL and shows every version', async () => {
    renderWithProviders(<ChangelogSection />, { dataset, url: '/?topic=x&since=9.9.9' });
    expect(picker()).toHaveDisplayValue('All versions');
    expect(versionHeadings()).toHaveLength(3);
    await waitFor(() => expect(window.location.search).toBe('?topic=x'));
  });

  it('shows a single version without the version picker', () => {
    renderWithProviders(<ChangelogSection />, { dataset: base });

    expect(versionHeadings()).toEqual(['Version 1.2.3 (current)']);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
