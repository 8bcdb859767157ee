import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { indexDataset } from '@/domain/dataset-index';
import type { Evidence } from '@/domain/schema';
import { evidence, makeDataset } from '../../support/fixtures';

const dataset = indexDataset(makeDataset());

describe('EvidenceList in an EvidenceScope', () => {
  it('finds its sources in the scope’s dataset and opens them through the scope', async () => {
    const onOpenSource = vi.fn();
    render(
      <EvidenceScope dataset={dataset} onOpenSource={onOpenSource}>
        <EvidenceList evidence={evidence('src-b', 'from the scope')} />
      </EvidenceScope>,
    );
    expect(screen.getByText('“from the scope”')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Source B/ })).toHaveAttribute(
      'href',
      'http://example.com/b',
    );
    await userEvent.click(screen.getByRole('button', { name: 'About this source' }));
    expect(onOpenSource).toHaveBeenCalledWith('src-b');
  });

  it('uses the dataset it is given over the scope’s, without the scope’s source opener', () => {
    const other = indexDataset(
      makeDataset({
        sources: [{ ...makeDataset().sources[0]!, title: 'Renamed source A' }],
      }),
    );
    render(
      <EvidenceScope dataset={dataset} onOpenSource={() => {}}>
        <EvidenceList evidence={evidence('src-a')} dataset={other} />
      </EvidenceScope>,
    );
    expect(screen.getByRole('link', { name: /Renamed source A/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'About this source' })).not.toBeInTheDocument();
  });

  it('wraps the list in a block with the classes it is given', () => {
    const { container } = render(
      <EvidenceList evidence={evidence()} dataset={dataset} className="mt-2" />,
    );
    expect(container.innerHTML).toMatch(/^<div class="mt-2"><ul/);
  });
});

describe('EvidenceList and the quotes’ languages', () => {
  const quote = (source: string, text: string): Evidence => ({ source, quote: text });

  it('names a quote’s language when it is not English and marks its text with it', () => {
    render(<EvidenceList evidence={[quote('src-b', 'по-русски')]} dataset={dataset} />);
    const text = screen.getByText('“по-русски”');
    expect(text).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Russian/);
  });

  it('gives an English quote no language name', () => {
    render(<EvidenceList evidence={[quote('src-a', 'in English')]} dataset={dataset} />);
    expect(screen.getByText('“in English”')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText('English')).not.toBeInTheDocument();
  });

  it('puts the English quote first, and its citation is the first one copied', async () => {
    const user = userEvent.setup();
    render(
      <EvidenceList
        evidence={[quote('src-b', 'по-русски'), quote('src-a', 'in English')]}
        dataset={dataset}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('“in English”');
    expect(second).toHaveTextContent('“по-русски”');
    await user.click(screen.getAllByRole('button', { name: 'Copy citation' })[0]!);
    expect(await navigator.clipboard.readText()).toMatch(/^“in English” — Source A/);
  });
});

describe('EvidenceList with more than two quotes', () => {
  const quotes = (count: number) =>
    Array.from({ length: count }, (_, i): Evidence => ({ source: 'src-a', quote: `q${i + 1}` }));

  it('shows two quotes and keeps the rest behind “Show N more quotes”', async () => {
    render(<EvidenceList evidence={quotes(5)} dataset={dataset} />);
    expect(screen.getByText('“q2”')).toBeVisible();
    expect(screen.getByText('“q3”')).not.toBeVisible();
    const summary = screen.getByText('Show 3 more quotes');
    await userEvent.click(summary);
    const details = screen.getByRole('group');
    expect(details).toHaveAttribute('open');
    for (const text of ['“q3”', '“q4”', '“q5”'])
      expect(within(details).getByText(text)).toBeVisible();
  });

  it('shows two quotes whole, with no disclosure', () => {
    render(<EvidenceList evidence={quotes(2)} dataset={dataset} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText(/more quote/)).not.toBeInTheDocument();
  });

  it('says “1 more quote” for a third', () => {
    render(<EvidenceList evidence={quotes(3)} dataset={dataset} />);
    expect(screen.getByText('Show 1 more quote')).toBeInTheDocument();
  });
});
