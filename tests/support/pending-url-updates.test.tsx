import { act, render } from '@testing-library/react';
import { debounce, parseAsString, useQueryState } from 'nuqs';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useEffect } from 'react';
import { abortPendingUrlUpdates } from './pending-url-updates';

function WritesLater({ limit }: { limit: 'throttle' | 'debounce' }) {
  const [, setQ] = useQueryState('q', parseAsString);
  useEffect(() => {
    void setQ('late', { limitUrlUpdates: limit === 'debounce' ? debounce(400) : undefined });
  }, [limit, setQ]);
  return null;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('abortPendingUrlUpdates', () => {
  it.each(['throttle', 'debounce'] as const)(
    'finds both nuqs queues and drops a %sd update before it reaches the URL',
    async (limit) => {
      window.history.replaceState(null, '', '/');
      const { unmount } = render(
        <NuqsAdapter>
          <WritesLater limit={limit} />
        </NuqsAdapter>,
      );
      unmount();

      expect(abortPendingUrlUpdates()).toBe(2);
      await act(() => wait(500));
      expect(window.location.search).toBe('');
    },
  );

  it('lets an update through when nothing aborts it (so the test above can fail)', async () => {
    window.history.replaceState(null, '', '/');
    const { unmount } = render(
      <NuqsAdapter>
        <WritesLater limit="debounce" />
      </NuqsAdapter>,
    );
    await act(() => wait(500));
    unmount();
    expect(window.location.search).toBe('?q=late');
  });
});
