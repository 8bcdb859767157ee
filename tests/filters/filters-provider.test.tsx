import { act, fireEvent, render, screen } from '@testing-library/react';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { describe, expect, it, vi } from 'vitest';
import { installFakeFrames } from '../support/fake-frames';
import { useRawFilters, usePanelsUpdating } from '@/filters/filters-context';
import { FiltersProvider } from '@/filters/filters-provider';

function Bar() {
  const { raw, setRaw } = useRawFilters(true);
  return (
    <button type="button" onClick={() => void setRaw({ topics: ['courts'] })}>
      {`bar: ${raw.topics.join(',') || 'all'}`}
    </button>
  );
}

function Panel() {
  const { raw } = useRawFilters(false);
  const updating = usePanelsUpdating();
  return <p>{`panel: ${raw.topics.join(',') || 'all'}${updating ? ' (updating)' : ''}`}</p>;
}

const { paint } = installFakeFrames();

describe(FiltersProvider, () => {
  it('shows a change in the filter bar at once and in the panels after that frame is painted', async () => {
    render(
      <NuqsTestingAdapter hasMemory>
        <FiltersProvider>
          <Bar />
          <Panel />
        </FiltersProvider>
      </NuqsTestingAdapter>,
    );
    expect(screen.getByText('panel: all')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button'));
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.getByRole('button')).toHaveTextContent('bar: courts');
    expect(screen.getByText('panel: all (updating)')).toBeInTheDocument();

    // The frame is painted; the URL is written (nuqs throttles that) and the panels follow.
    await act(async () => {
      paint();
      await vi.advanceTimersByTimeAsync(200);
    });
    expect(screen.getByRole('button')).toHaveTextContent('bar: courts');
    expect(screen.getByText('panel: courts')).toBeInTheDocument();
  });
});
