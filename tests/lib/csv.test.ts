import { csvField, toCsv } from '@/lib/csv';

describe(csvField, () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
    ['Қазақстан', 'Қазақстан'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe(toCsv, () => {
  it('writes a header and rows with CRLF line ends after a UTF-8 BOM', () => {
    expect(
      toCsv(
        ['Topic', 'Meetings'],
        [
          ['Rule of law, courts', 3],
          ['Қазақстан', 1],
        ],
      ),
    ).toBe('\uFEFFTopic,Meetings\r\n"Rule of law, courts",3\r\nҚазақстан,1\r\n');
  });

  it('can leave out the BOM and handles no rows', () => {
    expect(toCsv(['A'], [], false)).toBe('A\r\n');
  });
});
