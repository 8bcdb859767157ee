import { screen } from '@testing-library/react';
import { parseDataset } from '@/data/parse-dataset';
import { compareReadouts } from '@/features/comparison/readout-comparison';
import { ReadoutColumns } from '@/features/comparison/readout-columns';
import { renderWithProviders } from '../../support/render';
import { evidence, makeDataset, makeMeeting } from '../../support/fixtures';

describe('ReadoutColumns', () => {
  it('shows a quote once when one sentence supports several topics, and points back to it', () => {
    const shared = evidence('src-a', 'rule of law and disability rights');
    const meeting = makeMeeting({
      topics: [
        { topic: 'topic-a', raisedIn: 'us-statement', evidence: shared },
        { topic: 'topic-b', raisedIn: 'us-statement', evidence: shared },
        {
          topic: 'topic-b',
          raisedIn: 'kazakh-readout',
          evidence: evidence('src-b', 'their own words'),
        },
      ],
    });
    const dataset = parseDataset(makeDataset({ meetings: [meeting, makeDataset().meetings[1]!] }));
    renderWithProviders(
      <ReadoutColumns
        comparison={compareReadouts(meeting, dataset.index.topicById)}
        dataset={dataset}
        onOpenSource={() => {}}
      />,
      { dataset: makeDataset({ meetings: [meeting, makeDataset().meetings[1]!] }) },
    );
    expect(screen.getAllByText('“rule of law and disability rights”')).toHaveLength(1);
    expect(screen.getByText(/^Same quote as shown above for Topic [AB]\.$/)).toBeInTheDocument();
    expect(screen.getByText('“their own words”')).toBeInTheDocument();
  });
});
