import { screen, within } from '@testing-library/react';
import { parseDataset } from '@/data/parse-dataset';
import { buildTimelineExport } from '@/features/timeline/timeline-export';
import { TimelineSection } from '@/features/timeline/timeline-section';
import { buildTimelineSeries } from '@/features/timeline/timeline-series';
import { makeDataset } from '../../support/fixtures';
import { renderWithProviders } from '../../support/render';

/** The item's text as read aloud: its swatch (with the "?" of "not confirmed") is hidden. */
const visibleText = (item: HTMLElement) =>
  [...item.childNodes]
    .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
    .map((node) => node.textContent)
    .join('')
    .trim();

describe('the timeline legend', () => {
  it('names the same marks on screen as in the exported image', () => {
    renderWithProviders(<TimelineSection />, { dataset: makeDataset() });
    const onScreen = within(screen.getByRole('list', { name: 'Legend' }))
      .getAllByRole('listitem')
      .map(visibleText);

    const dataset = parseDataset(makeDataset());
    const series = buildTimelineSeries(dataset, dataset.meetings, [], [], '2025-06-01');
    const exported = buildTimelineExport(series, dataset.meetings, []).legend;

    expect(onScreen).toEqual(exported.map((item) => item.label));
    expect(onScreen).toContain('EU–Kazakhstan, held');
  });
});
