import {
  formatCls,
  formatCount,
  formatKb,
  formatMs,
  formatRange,
  formatTable,
} from '../../../scripts/bench/table';

describe(formatTable, () => {
  it('pads each column to its widest cell and rules off the header', () => {
    const text = formatTable(
      ['Measure', 'Value'],
      [
        { kind: 'row', cells: ['LCP', '1,200 ms'] },
        { kind: 'row', cells: ['Total Blocking Time', '0 ms'] },
      ],
      ['left', 'right'],
    );
    expect(text.split('\n')).toEqual([
      'Measure                 Value',
      '─────────────────────────────',
      'LCP                  1,200 ms',
      'Total Blocking Time      0 ms',
    ]);
  });

  it('puts section titles on lines of their own without widening the columns', () => {
    const text = formatTable(
      ['A', 'B'],
      [
        { kind: 'section', title: 'A rather long section title' },
        { kind: 'row', cells: ['x', 'y'] },
      ],
    );
    expect(text.split('\n')).toEqual(['A  B', '────', '▸ A rather long section title', 'x  y']);
  });

  it('counts ✔, ✖, – and × as one column each and renders missing cells empty', () => {
    const text = formatTable(
      ['Budget', 'Met', 'Note'],
      [
        { kind: 'row', cells: ['4× CPU', '✔'] },
        { kind: 'row', cells: ['1×', '✖', '–'] },
      ],
    );
    expect(text.split('\n').slice(2)).toEqual(['4× CPU  ✔', '1×      ✖    –']);
  });
});

describe('formatters', () => {
  it('formats milliseconds with a decimal only below 10 ms, and as seconds from 10 s', () => {
    expect(formatMs(3.456)).toBe('3.5 ms');
    expect(formatMs(1234.4)).toBe('1,234 ms');
    expect(formatMs(9_999)).toBe('9,999 ms');
    expect(formatMs(419_538)).toBe('420 s');
    expect(formatMs(1_234_567)).toBe('1,235 s');
    expect(formatMs(1234.4, false)).toBe('1,234');
    expect(formatMs(Number.NaN)).toBe('–');
  });

  it('formats bytes as kB of 1,000 bytes', () => {
    expect(formatKb(150_000)).toBe('150.0 kB');
    expect(formatKb(1_234_567)).toBe('1,234.6 kB');
    expect(formatKb(Number.NaN)).toBe('–');
  });

  it('formats CLS with three decimals and counts as whole numbers', () => {
    expect(formatCls(0.0123)).toBe('0.012');
    expect(formatCount(97.6)).toBe('98');
    expect(formatCount(12_000)).toBe('12,000');
  });

  it('writes a range with the unit once, or one value when both ends agree', () => {
    expect(formatRange(980, 1500, formatMs)).toBe('980–1,500 ms');
    expect(formatRange(12, 12.2, formatMs)).toBe('12 ms');
    expect(formatRange(Number.NaN, 3, formatMs)).toBe('–');
  });
});
