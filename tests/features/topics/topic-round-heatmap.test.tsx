import { render } from '@testing-library/react';
import { TopicRoundHeatmap } from '@/features/topics/topic-round-heatmap';
import type { TopicRoundMatrix } from '@/features/topics/topic-round-matrix';

const matrix: TopicRoundMatrix = {
  columns: [{ meetingId: 'm1', label: '\u202Eabc R1 · 2024', dialogueId: 'd' }],
  rows: [{ topicId: 't', label: 'حقوق', cells: [{ meetingId: 'm1', group: null }] }],
  omittedMeetings: 0,
  hiddenColumns: 0,
  hiddenRows: 0,
};

describe('TopicRoundHeatmap', () => {
  it('isolates the topic and the meeting in a cell’s tooltip, so the app’s words keep their order', () => {
    const { container } = render(<TopicRoundHeatmap matrix={matrix} />);
    // The grid is drawn for sighted readers only (its table is the accessible form): read its titles.
    // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access
    const titles = [...container.querySelectorAll('g > title')].map((node) => node.textContent);
    expect(titles).toEqual(['\u2068حقوق\u2069 · \u2068\u202Eabc R1 · 2024\u2069: not raised']);
  });
});
