import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidenceList, EvidenceScope } from '@/components/evidence/evidence-list';
import { indexDataset } from '@/domain/dataset-index';
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
