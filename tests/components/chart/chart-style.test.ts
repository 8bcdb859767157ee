import { countFormatter } from '@/components/chart/chart-style';

describe(countFormatter, () => {
  it('uses the singular for one and the plural otherwise', () => {
    const meetings = countFormatter('meeting');
    expect(meetings(1)).toBe('1 meeting');
    expect(meetings(0)).toBe('0 meetings');
    expect(meetings(3)).toBe('3 meetings');
    expect(countFormatter('person', 'people')(2)).toBe('2 people');
  });
});
