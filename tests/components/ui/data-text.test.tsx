import { render, screen } from '@testing-library/react';
import { DataText, DataTextList, FileNameText, LongDataText } from '@/components/ui/data-text';

const exactly = { normalizer: (text: string) => text };

describe('text from the data inside the app’s sentences', () => {
  it('isolates a data text, so an override character reorders only itself', () => {
    render(
      <p data-testid="sentence">
        Topic <DataText>{'\u202Eabc'}</DataText> was raised
      </p>,
    );
    expect(screen.getByText('\u202Eabc', exactly).tagName).toBe('BDI');
    expect(screen.getByTestId('sentence')).toHaveTextContent('Topic \u202Eabc was raised');
  });

  it('isolates each text of a list on its own, between the separators', () => {
    render(
      <p data-testid="list">
        <DataTextList values={['Torture', '\u202Eabc', 'Media']} />
      </p>,
    );
    for (const value of ['Torture', '\u202Eabc', 'Media']) {
      expect(screen.getByText(value, exactly).tagName).toBe('BDI');
    }
    expect(screen.getByTestId('list')).toHaveTextContent('Torture, \u202Eabc, Media');
  });

  it('cuts a long title for the layout and keeps it whole in the tooltip', () => {
    const long = 'A'.repeat(600);
    render(<LongDataText text={long} max={500} />);
    const shown = screen.getByTitle(long);
    expect(shown.tagName).toBe('BDI');
    expect(shown).toHaveTextContent(`${'A'.repeat(500)}… (600 characters)`);
  });

  it('shows a title within the limit as it is, with no tooltip', () => {
    render(<LongDataText text="Dialogue record" max={500} />);
    expect(screen.getByText('Dialogue record')).not.toHaveAttribute('title');
  });

  it('writes a file name’s reordering characters as escapes and cuts it to 80 characters', () => {
    render(<FileNameText name={'evil\u202Enosj.exe'} />);
    expect(screen.getByText('evil\\u202Enosj.exe').tagName).toBe('BDI');
    render(<FileNameText name={`${'n'.repeat(100)}.json`} />);
    expect(screen.getByText(`${'n'.repeat(80)}… (105 characters)`)).toBeInTheDocument();
  });
});
