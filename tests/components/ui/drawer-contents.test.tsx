import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DrawerContents } from '@/components/ui/drawer-contents';

const completion = { id: 'x-completion', label: 'Completion' };
const history = { id: 'x-history', label: 'Event history' };

function Page({ sections }: { sections: Parameters<typeof DrawerContents>[0]['sections'] }) {
  return (
    <>
      <DrawerContents sections={sections} />
      <h3 id="x-completion">Completion</h3>
      <h3 id="x-history">Event history</h3>
    </>
  );
}

describe('DrawerContents', () => {
  it('links to each section shown, in order, under “On this page”', () => {
    render(<Page sections={[completion, false, history]} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(nav).toBeInTheDocument();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Completion', '#x-completion'],
      ['Event history', '#x-history'],
    ]);
  });

  it('renders nothing for a drawer with a single section', () => {
    render(<Page sections={[completion, null]} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('moves focus to the section’s heading and leaves the address as it was', async () => {
    window.history.replaceState(null, '', '/commitments/?open=commitment:x');
    render(<Page sections={[completion, history]} />);
    await userEvent.click(screen.getByRole('link', { name: 'Event history' }));
    expect(screen.getByRole('heading', { name: 'Event history' })).toHaveFocus();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/commitments/?open=commitment:x',
    );
  });
});
