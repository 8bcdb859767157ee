import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';
import { createTestQueryClient } from '../../support/render';
import { makeDataset } from '../../support/fixtures';
import { loadEveryPage } from '../../support/page-panels';

// The app loads the shown page's panels before its first render (src/entry-client.tsx).
beforeAll(loadEveryPage);

const bundled = makeDataset();

function jsonFile(value: unknown, name = 'mine.json') {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });
}

async function openDashboard(url = '/') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(bundled), { status: 200 })),
  );
  window.history.replaceState(null, '', url);
  render(<App queryClient={createTestQueryClient()} />);
  await screen.findByRole('heading', { name: 'How the reforms stand' });
  return userEvent.setup();
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const indicator = () => screen.getByTestId('dataset-indicator');
const fileInput = () => screen.getByTestId('dataset-file-input');

describe('DatasetBar', () => {
  it('says which dataset is shown, with its version and where its record ends', async () => {
    await openDashboard();
    expect(indicator()).toHaveTextContent(
      `Showing the bundled dataset: Fixture dataset, version ${bundled.meta.version}. Recorded up to`,
    );
    expect(
      screen.queryByRole('button', { name: 'Back to the bundled dataset' }),
    ).not.toBeInTheDocument();
  });

  it('switches every panel to a valid file and back to the bundled dataset in one click', async () => {
    const user = await openDashboard();
    const own = makeDataset({
      meta: { ...bundled.meta, title: 'Our annotations', version: '2.1.0' },
      commitments: [],
    });
    await user.upload(fileInput(), jsonFile(own));

    await waitFor(() => expect(indicator()).toHaveTextContent('your file “mine.json”'));
    expect(indicator()).toHaveTextContent('Our annotations, version 2.1.0.');
    // jsdom has no IndexedDB, so the app says honestly that the file will not survive a reload.
    expect(indicator()).toHaveTextContent('it will be gone after a reload');
    expect(
      screen
        .getAllByRole('status')
        .some((el) => el.textContent?.startsWith('Now showing your file \u2068mine.json\u2069')),
    ).toBe(true);
    const reforms = () => screen.getByRole('region', { name: 'How the reforms stand' });
    // The panels follow the bar in a background render (view/use-shown-dataset.ts).
    await waitFor(() => expect(reforms()).toHaveTextContent('0 commitments, as of'));

    // The way back stays in the bar, outside the "Dataset" menu, while your file is shown.
    expect(screen.getByRole('button', { name: 'Dataset' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.click(screen.getByRole('button', { name: 'Back to the bundled dataset' }));
    await waitFor(() => expect(indicator()).toHaveTextContent('Showing the bundled dataset'));
    await waitFor(() =>
      expect(reforms()).toHaveTextContent(
        `${bundled.commitments.length} commitment${bundled.commitments.length === 1 ? '' : 's'}, as of`,
      ),
    );
  });

  it('lists every problem of an invalid file with its path, keeps the dataset and the filters', async () => {
    const user = await openDashboard('/?year=2022');
    const broken = JSON.parse(JSON.stringify(bundled));
    broken.meetings[1].date.value = '2024-02-30';
    broken.sources[0].url = 'javascript:alert(1)';
    await user.upload(fileInput(), jsonFile(broken, 'broken.json'));

    const panel = await screen.findByTestId('dataset-problems');
    // Focus moves in an effect after the panel appears; on a busy machine that can be a beat later.
    await waitFor(() =>
      expect(
        within(panel).getByRole('heading', { name: '“broken.json” was not opened' }),
      ).toHaveFocus(),
    );
    expect(panel).toHaveTextContent('It has 2 problems.');
    expect(panel).toHaveTextContent('meetings[1].date.value');
    expect(panel).toHaveTextContent('sources[0].url');
    expect(panel).toHaveTextContent(`still shows Fixture dataset, version ${bundled.meta.version}`);
    expect(indicator()).toHaveTextContent('Showing the bundled dataset');
    expect(window.location.search).toBe('?year=2022');

    await user.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('dataset-problems')).not.toBeInTheDocument();
    // Focus goes back to the "Dataset" menu's button, where the user opened the file.
    expect(screen.getByRole('button', { name: 'Dataset' })).toHaveFocus();
  });

  it('opens the file picker from the "Dataset" menu', async () => {
    const user = await openDashboard();
    const picked = vi.fn();
    fileInput().addEventListener('click', picked);
    await user.click(screen.getByRole('button', { name: 'Dataset' }));
    await user.click(screen.getByRole('button', { name: 'Open your own file…' }));
    expect(picked).toHaveBeenCalledTimes(1);
  });

  it('explains a file that is not JSON at all', async () => {
    const user = await openDashboard();
    await user.upload(fileInput(), jsonFile('name,date\nfirst,2022', 'meetings.csv'));
    const panel = await screen.findByTestId('dataset-problems');
    expect(panel).toHaveTextContent('(file)');
    expect(panel).toHaveTextContent(/not valid JSON/);
  });

  it('caps a long list of problems, gives the total and offers the full list', async () => {
    const user = await openDashboard();
    const broken = JSON.parse(JSON.stringify(bundled));
    broken.sources = Array.from({ length: 60 }, (_, i) => ({
      ...bundled.sources[0],
      id: `s-${i}`,
      url: `ftp://example.org/${i}`,
    }));
    await user.upload(fileInput(), jsonFile(broken, 'many.json'));
    const panel = await screen.findByTestId('dataset-problems');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(50);
    expect(panel).toHaveTextContent(/more problems \(\d+ in all\)/);
    expect(within(panel).getByRole('button', { name: /Download all \d+ problems/ })).toBeVisible();
  });

  describe('a file name or title that would reorder the sentence', () => {
    const spoofed = 'evil\u202Enosj.exe';

    it('shows a bidi override in the file name as an escape, isolated from the sentence', async () => {
      const user = await openDashboard();
      await user.upload(fileInput(), jsonFile(bundled, spoofed));
      await waitFor(() => expect(indicator()).toHaveTextContent('your file “evil\\u202Enosj.exe”'));
      expect(indicator()).not.toHaveTextContent('\u202E');
      const name = within(indicator()).getByText('evil\\u202Enosj.exe');
      expect(name.tagName).toBe('BDI');
    });

    it('isolates the file name in the heading of a refused file', async () => {
      const user = await openDashboard();
      await user.upload(fileInput(), jsonFile('not json', spoofed));
      const panel = await screen.findByTestId('dataset-problems');
      const heading = within(panel).getByRole('heading', {
        name: '“evil\\u202Enosj.exe” was not opened',
      });
      expect(within(heading).getByText('evil\\u202Enosj.exe').tagName).toBe('BDI');
    });

    it('isolates a right-to-left dataset title, so the version after it keeps its place', async () => {
      const user = await openDashboard();
      const title = 'حقوق الإنسان\u202E';
      await user.upload(fileInput(), jsonFile({ ...bundled, meta: { ...bundled.meta, title } }));
      await waitFor(() => expect(indicator()).toHaveTextContent(`${title}, version`));
      const bdi = within(indicator()).getByText(title);
      expect(bdi.tagName).toBe('BDI');
      // getByText matched the title alone: the version is outside the isolate, after it.
    });
  });
});
