import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcesSection } from '@/features/sources/sources-section';
import type { Dataset } from '@/domain/schema';
import { FilterProbe } from '../../support/filter-probe';
import { makeManySources } from '../../support/many-records';
import { renderWithProviders } from '../../support/render';
import { hostileSourceClient } from './hostile-source';
import { makeSourcesDataset } from './sources-fixture';

const sourceCards = () =>
  within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');

/** The fixture's 4 sources and 36 uncited "Report NN": cited ones first, then by title. */
function makeLongSourcesDataset(): Dataset {
  const base = makeSourcesDataset();
  return { ...base, sources: [...base.sources, ...makeManySources(36)] };
}

/** The fixture with 12 conflicts ("Conflict 01" …) like its one. */
function makeManyConflictsDataset(): Dataset {
  const base = makeSourcesDataset();
  const [conflict] = base.conflicts;
  return {
    ...base,
    conflicts: Array.from({ length: 12 }, (_, i) => ({
      ...conflict!,
      id: `conflict-${i + 1}`,
      subject: `Conflict ${String(i + 1).padStart(2, '0')}`,
    })),
  };
}

describe('SourcesSection', () => {
  it('lists every source with what it supports and the totals', () => {
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset() });

    expect(screen.getByRole('heading', { name: 'Sources and conflicts' })).toBeInTheDocument();
    expect(
      screen.getByText(
        '4 sources supply 14 quotes. By kind: Media 2, Kazakh government 1, US government 1.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('All 4 sources')).toBeInTheDocument();
    expect(screen.getByText(/search text does/)).toBeInTheDocument();

    const cards = sourceCards();
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Source A',
      'Source B',
      'Қазинформ хабары',
      'Unused source',
    ]);
    expect(cards[0]).toHaveTextContent(
      'Supports 6 facts: A round 1; Domestic violence law; Title of Person A',
    );
    expect(cards[2]).toHaveTextContent(
      'Kazinform · Kazakh government · May 2024 (uncertain) · Kazakh · carries the Kazakh readout',
    );
    expect(cards[3]).toHaveTextContent('Not quoted for any fact');
    expect(within(cards[0]!).getByRole('link', { name: /Open the source/ })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
  });

  it('narrows the sources by the search text in the URL, ignoring case and diacritics', () => {
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset(), url: '/?q=DÏALOGUE' });

    expect(screen.getByText('1 of 4 sources')).toBeInTheDocument();
    expect(sourceCards()).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Қазинформ хабары' })).toBeInTheDocument();
  });

  it('says when the search leaves no source and clears it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset(), url: '/?q=zzz' });

    expect(screen.getByText('0 of 4 sources')).toBeInTheDocument();
    expect(screen.getByText('No sources match this search')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));

    expect(await screen.findByText('All 4 sources')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('opens the source detail from its title', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset() });

    await user.click(screen.getByRole('link', { name: 'Source B' }));

    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('source:src-b'),
    );
  });

  it('shows each conflict with both claims, their quotes and the resolution, and opens what it is about', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourcesSection />, { dataset: makeSourcesDataset() });

    expect(screen.getByRole('heading', { name: 'Where sources disagree' })).toBeInTheDocument();
    const conflict = within(screen.getByRole('list', { name: 'Conflicts between sources' }))
      .getAllByRole('listitem')
      .at(0);
    expect(conflict).toBeDefined();
    const scope = within(conflict!);
    expect(scope.getByRole('heading', { name: 'Title of Person A' })).toBeInTheDocument();
    expect(scope.getByText('About the person:')).toHaveTextContent('Person A');
    await user.click(scope.getByRole('link', { name: 'Person A' }));
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('person:person-a'),
    );
    expect(scope.getByRole('list', { name: 'Claims' })).toBeInTheDocument();
    expect(scope.getByText('Claim 1: Title one')).toBeInTheDocument();
    expect(scope.getByText('“claim one quote”')).toBeInTheDocument();
    expect(scope.getByText('Claim 2: Title two')).toBeInTheDocument();
    expect(scope.getByText('“claim two quote”')).toBeInTheDocument();
    expect(scope.getByText('Both are shown.')).toBeInTheDocument();
  });

  it('renders no link for a source whose URL is not http(s)', () => {
    renderWithProviders(<SourcesSection />, { queryClient: hostileSourceClient() });

    const card = sourceCards()[0]!;
    // The one link is the title, to the source's detail here; none leads to the refused address.
    expect(
      within(card)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/?open=source:src-a']);
    expect(within(card).getByText(/link refused/)).toBeInTheDocument();
  });

  describe('a long list', () => {
    it('shows the first 10 sources and says how many of how many are shown', () => {
      renderWithProviders(<SourcesSection />, { dataset: makeLongSourcesDataset() });

      expect(screen.getByText('All 40 sources')).toBeInTheDocument();
      expect(sourceCards()).toHaveLength(10);
      expect(within(sourceCards()[9]!).getByRole('heading')).toHaveTextContent('Report 07');
      expect(screen.queryByRole('link', { name: 'Report 08' })).not.toBeInTheDocument();
      expect(screen.getByText('Showing 10 of 40 sources')).toHaveAttribute('role', 'status');
      expect(screen.getByRole('button', { name: 'Show all 40 sources' })).toBeInTheDocument();
    });

    it('shows a page more per click, moving focus to the first new source', async () => {
      const user = userEvent.setup();
      renderWithProviders(<SourcesSection />, { dataset: makeLongSourcesDataset() });

      await user.click(screen.getByRole('button', { name: 'Show 10 more sources (30 not shown)' }));
      expect(sourceCards()).toHaveLength(20);
      expect(sourceCards()[10]).toHaveFocus();
      expect(sourceCards()[10]).toHaveTextContent('Report 08');
      expect(screen.getByText('Showing 20 of 40 sources')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Show all 40 sources' }));
      expect(sourceCards()).toHaveLength(40);
      expect(sourceCards().at(-1)).toHaveTextContent('Unused source');
      expect(screen.getByText('Showing all 40 sources')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
    });

    it('searches every source, not only those shown', () => {
      renderWithProviders(<SourcesSection />, {
        dataset: makeLongSourcesDataset(),
        url: '/?q=report%2033',
      });

      expect(screen.getByText('1 of 40 sources')).toBeInTheDocument();
      expect(sourceCards()).toHaveLength(1);
      expect(screen.getByRole('link', { name: 'Report 33' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
    });

    it('pages the matches of a search, and starts again at the first page when it changes', async () => {
      const user = userEvent.setup();
      renderWithProviders(
        <>
          <FilterProbe label="Search for reports" patch={{ search: 'report' }} />
          <SourcesSection />
        </>,
        { dataset: makeLongSourcesDataset() },
      );
      await user.click(screen.getByRole('button', { name: 'Show all 40 sources' }));
      expect(sourceCards()).toHaveLength(40);

      await user.click(screen.getByRole('button', { name: 'Search for reports' }));

      expect(await screen.findByText('36 of 40 sources')).toBeInTheDocument();
      expect(sourceCards()).toHaveLength(10);
      expect(within(sourceCards()[0]!).getByRole('heading')).toHaveTextContent('Report 01');
      expect(screen.getByText('Showing 10 of 36 sources')).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Show 10 more sources (26 not shown)' }),
      ).toBeInTheDocument();
    });

    it('shows the first 3 conflicts and the rest on request', async () => {
      const user = userEvent.setup();
      renderWithProviders(<SourcesSection />, { dataset: makeManyConflictsDataset() });
      const conflicts = () =>
        within(screen.getByRole('list', { name: 'Conflicts between sources' }))
          .getAllByRole('heading')
          .map((heading) => heading.textContent);

      expect(conflicts()).toHaveLength(3);
      expect(screen.getByText('Showing 3 of 12 conflicts')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show all 12 conflicts' }));
      expect(conflicts()).toEqual(
        Array.from({ length: 12 }, (_, i) => `Conflict ${String(i + 1).padStart(2, '0')}`),
      );
      expect(screen.getByText('Showing all 12 conflicts')).toBeInTheDocument();
    });

    it('shows, marks and scrolls to the conflict a link names, however far down the list', () => {
      const scrolled: string[] = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this.id);
      };
      renderWithProviders(<SourcesSection />, {
        dataset: makeManyConflictsDataset(),
        url: '/sources/?year=2022#conflict-conflict-8',
      });
      const headings = within(
        screen.getByRole('list', { name: 'Conflicts between sources' }),
      ).getAllByRole('heading');

      expect(headings.map((heading) => heading.textContent)).toEqual(
        Array.from({ length: 8 }, (_, i) => `Conflict 0${i + 1}`),
      );
      expect(screen.getByText('Showing 8 of 12 conflicts')).toBeInTheDocument();
      expect(scrolled).toEqual(['conflict-conflict-8']);
      Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    });

    it('shows the first page when the link names no recorded conflict', () => {
      renderWithProviders(<SourcesSection />, {
        dataset: makeManyConflictsDataset(),
        url: '/sources/#conflict-unknown',
      });
      expect(screen.getByText('Showing 3 of 12 conflicts')).toBeInTheDocument();
    });
  });
});
