import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Drawer } from '@/components/ui/drawer';
import { DrawerLinkContext } from '@/components/ui/drawer-link-context';

const LINK = 'https://example.org/meetings/?open=meeting:m-1';

describe('Drawer', () => {
  it('copies the address its host gives and says so', async () => {
    const user = userEvent.setup();
    render(
      <DrawerLinkContext value={LINK}>
        <Drawer open title="Round 1" onClose={() => {}}>
          <p>Body</p>
        </Drawer>
      </DrawerLinkContext>,
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(LINK);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it('offers no “Copy link” without an address', () => {
    render(
      <Drawer open title="Round 1" onClose={() => {}}>
        <p>Body</p>
      </Drawer>,
    );
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });

  it('starts with the contents of a drawer with sections', () => {
    render(
      <Drawer
        open
        title="Round 1"
        onClose={() => {}}
        contents={[
          { id: 'a', label: 'Date' },
          { id: 'b', label: 'Place' },
        ]}
      >
        <h3 id="a">Date</h3>
        <h3 id="b">Place</h3>
      </Drawer>,
    );
    expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Place' })).toHaveAttribute('href', '#b');
  });
});
