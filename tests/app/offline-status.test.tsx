import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfflineStatus, READY_SHOWN_MS } from '@/app/offline-status';
import { reportServiceWorker, resetServiceWorkerState } from '@/boot/use-offline-status';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  act(() => resetServiceWorkerState());
  vi.restoreAllMocks();
});

describe('OfflineStatus', () => {
  it('is an empty polite status until there is something to say', () => {
    render(<OfflineStatus />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toBeEmptyDOMElement();
  });

  it('says once that the dashboard now works offline, until dismissed', async () => {
    render(<OfflineStatus />);
    act(() => reportServiceWorker({ offlineReady: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Available offline');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('lets "Available offline" go by itself after a while, with no answer needed', () => {
    vi.useFakeTimers();
    try {
      render(<OfflineStatus />);
      act(() => reportServiceWorker({ offlineReady: true }));
      act(() => vi.advanceTimersByTime(READY_SHOWN_MS - 1));
      expect(screen.getByRole('status')).toHaveTextContent('Available offline');
      act(() => vi.advanceTimersByTime(1));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers a waiting new version and activates it on Reload', async () => {
    const update = vi.fn(async () => {});
    render(<OfflineStatus />);
    act(() => reportServiceWorker({ offlineReady: true, needRefresh: true, update }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version is available.');
    expect(status).not.toHaveTextContent('Available offline');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(update).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('says when the browser is offline and clears it when back online', () => {
    render(<OfflineStatus />);
    setOnline(false);
    expect(screen.getByRole('status')).toHaveTextContent('Offline — showing the saved copy.');
    setOnline(true);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says it is offline when the network does not answer, though the browser says online', () => {
    render(<OfflineStatus />);
    setOnline(true);
    act(() => reportServiceWorker({ unreachable: true }));
    expect(screen.getByRole('status')).toHaveTextContent('Offline — showing the saved copy.');
    act(() => reportServiceWorker({ unreachable: false }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
