import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DatasetMenu } from '@/features/dataset/dataset-menu';

function renderMenu({ custom = false, canChoose = true } = {}) {
  const onChoose = vi.fn();
  const onShowBundled = vi.fn();
  render(
    <DatasetMenu
      buttonRef={createRef<HTMLButtonElement>()}
      canChoose={canChoose}
      custom={custom}
      onChoose={onChoose}
      onShowBundled={onShowBundled}
    />,
  );
  const button = screen.getByRole('button', { name: 'Dataset' });
  return { user: userEvent.setup(), button, onChoose, onShowBundled };
}

const picker = () => screen.queryByRole('button', { name: 'Open your own file…' });

describe('DatasetMenu', () => {
  it('opens on its button with the file picker and the published schema, and closes on Escape', async () => {
    const { user, button } = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(picker()).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(picker()).toBeVisible();
    const schema = screen.getByRole('link', { name: 'published JSON Schema' });
    expect(schema).toHaveAttribute('href', '/data/dialogue-dataset.schema.json');
    expect(screen.getByRole('group', { name: 'Dataset' })).toHaveTextContent(
      /nothing is uploaded.*at most \d+ MB/,
    );
    expect(
      screen.queryByRole('button', { name: 'Back to the bundled dataset' }),
    ).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(picker()).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('opens the file picker from its item, closing itself and keeping focus on its button', async () => {
    const { user, button, onChoose } = renderMenu();
    await user.click(button);
    await user.click(picker()!);
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(picker()).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('offers the way back to the bundled dataset while a file of your own is shown', async () => {
    const { user, button, onShowBundled } = renderMenu({ custom: true });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Back to the bundled dataset' }));
    expect(onShowBundled).toHaveBeenCalledTimes(1);
    expect(button).toHaveFocus();
  });

  it('cannot open the picker before the app has started', async () => {
    const { user, button } = renderMenu({ canChoose: false });
    await user.click(button);
    expect(picker()).toBeDisabled();
  });
});
