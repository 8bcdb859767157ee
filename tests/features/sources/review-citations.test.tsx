import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseDataset } from '@/data/parse-dataset';
import { collectCitations, summarizeSources } from '@/features/sources/sources-series';
import { SourceDetail } from '@/features/sources/source-detail';
import { renderWithProviders } from '../../support/render';
import { makeReviewsDataset } from '../reviews/reviews-fixture';

const dataset = parseDataset(makeReviewsDataset());

describe('citations of review editions and high-level contacts', () => {
  it('lists what each quote of a review or contact supports, after the dialogue records', () => {
    const facts = collectCitations(dataset)
      .filter((citation) => ['review', 'contact'].includes(citation.subject.kind))
      .map((citation) => [citation.subject.kind, citation.subject.id, citation.fact]);
    expect(facts).toContainEqual([
      'review',
      'rsf-2024',
      'Value of World Press Freedom Index 2024: 142nd of 180',
    ]);
    expect(facts).toContainEqual(['review', 'rsf-2024', 'Date of World Press Freedom Index 2024']);
    expect(facts).toContainEqual(['contact', 'c5-2025', 'Place of C5+1 summit']);
    expect(facts).toContainEqual([
      'contact',
      'c5-2025',
      'Human rights at C5+1 summit (Call to put human rights on the agenda)',
    ]);
    expect(facts.filter(([kind]) => kind === 'contact')).toHaveLength(
      // The council has no place: date and one entry; the summit: date, place and one entry.
      5,
    );
  });

  it('counts the same uses in the sources panel as the citations list', () => {
    const all = collectCitations(dataset);
    for (const row of summarizeSources(dataset)) {
      const cited = all.filter((citation) => citation.sourceId === row.id);
      expect({ count: row.citationCount, subjects: row.subjects }).toEqual({
        count: cited.length,
        subjects: [...new Set(cited.map((citation) => citation.subject.label))],
      });
    }
  });

  it('lets a source’s detail open the review edition it supports', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SourceDetail id="src-b" />, { dataset: makeReviewsDataset() });
    const drawer = within(screen.getByRole('dialog', { name: 'Source B' }));
    expect(
      drawer.getByText('Value of World Press Freedom Index 2024: 142nd of 180'),
    ).toBeInTheDocument();
    await user.click(
      drawer.getByRole('link', { name: 'Open review: World Press Freedom Index 2024' }),
    );
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('open')).toBe('review:rsf-2024'),
    );
  });
});
