import { act, fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { useFilterControls } from '@/view/use-filter-controls';
import { useView } from '@/view/use-view';
import { ViewProvider } from '@/view/view-provider';
import { installFakeFrames } from '../support/fake-frames';
import { makeDataset } from '../support/fixtures';
import { renderWithProviders } from '../support/render';

function Bar() {
  const { filters, setFilters } = useFilterControls();
  return (
    <button type="button" onClick={() => setFilters({ topics: ['topic-a'] })}>
      {`bar: ${filters.topics.join(',') || 'all'}`}
    </button>
  );
}

function Panel() {
  const { filters, toggleFilter } = useView();
  return (
    <button type="button" onClick={() => toggleFilter('topics', 'topic-b')}>
      {`panel: ${filters.topics.join(',') || 'all'}`}
    </button>
  );
}

const { paint } = installFakeFrames();

async function settle() {
  await act(async () => {
    paint();
    await vi.advanceTimersByTimeAsync(200);
  });
}

describe(ViewProvider, () => {
  it('shows a change in the filter bar at once and in the panels after that frame is painted', async () => {
    renderWithProviders(
      <>
        <Bar />
        <Panel />
      </>,
      { dataset: makeDataset() },
    );
    expect(screen.getByRole('button', { name: 'panel: all' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'bar: all' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByRole('button', { name: 'bar: topic-a' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'panel: all' })).toBeInTheDocument();

    // The frame is painted; the URL is written (nuqs throttles that) and the panels follow.
    await settle();
    expect(screen.getByRole('button', { name: 'panel: topic-a' })).toBeInTheDocument();
    expect(window.location.search).toBe('?topic=topic-a');
  });

  it('applies a panel’s toggle to the URL’s latest filters, not to the ones the panel still shows', async () => {
    renderWithProviders(
      <>
        <Bar />
        <Panel />
      </>,
      { dataset: makeDataset() },
    );
    fireEvent.click(screen.getByRole('button', { name: 'bar: all' }));
    fireEvent.click(screen.getByRole('button', { name: 'panel: all' }));
    await settle();
    expect(screen.getByRole('button', { name: 'panel: topic-a,topic-b' })).toBeInTheDocument();
    expect(window.location.search).toBe('?topic=topic-a,topic-b');
  });
});
