import {
  enclosingQuotation,
  translationAfter,
} from '../../../scripts/evidence/enclosing-quotation';

function passageFor(line: string, quote: string): string {
  const start = line.indexOf(quote);
  const span = enclosingQuotation(line, start, start + quote.length);
  return line.slice(span.start, span.end);
}

describe(enclosingQuotation, () => {
  it('widens a quote to the quotation that holds it', () => {
    const line = '- Outcome: "The participants decided to meet in 2024 in Astana." (notes)';
    expect(passageFor(line, 'decided to meet')).toBe(
      'The participants decided to meet in 2024 in Astana.',
    );
  });

  it('picks the right quotation of several on a line', () => {
    const line = '| a | b | "first quotation" / "second quotation, longer" |';
    expect(passageFor(line, 'second')).toBe('second quotation, longer');
    expect(passageFor(line, 'first')).toBe('first quotation');
  });

  it('keeps inner quote marks inside their quotation', () => {
    const line = '- TI: "Kazakhstan has no law designating CSOs as "foreign agents"." (inner)';
    expect(passageFor(line, 'designating CSOs')).toBe(
      'Kazakhstan has no law designating CSOs as "foreign agents".',
    );
    expect(passageFor(line, 'foreign agents')).toBe(
      'Kazakhstan has no law designating CSOs as "foreign agents".',
    );
  });

  it('keeps curly quotes and guillemets inside a straight-quoted passage', () => {
    const line = 'x — "signed the Law “On Combating Human Trafficking.” This law is new." y';
    expect(passageFor(line, 'This law is new.')).toBe(
      'signed the Law “On Combating Human Trafficking.” This law is new.',
    );
  });

  it('leaves a quote that stands in no quotation as it is', () => {
    const line = 'The parties agreed to hold the next meeting in 2025 in Washington.';
    expect(passageFor(line, 'next meeting in 2025')).toBe('next meeting in 2025');
  });
});

describe(translationAfter, () => {
  it('reads a translation that follows a quotation, without its quote marks', () => {
    const line = '"Күші жойылды" (translation: "Repealed (by law No. 154-VII)") rest';
    expect(translationAfter(line, line.indexOf('"', 1) + 1)).toBe('Repealed (by law No. 154-VII)');
  });

  it('reads an unquoted translation', () => {
    const line = '"x" (translation: the 15th dialogue)';
    expect(translationAfter(line, 3)).toBe('the 15th dialogue');
  });

  it('gives nothing when no translation follows, or it is never closed', () => {
    expect(translationAfter('"x" / "y"', 3)).toBeUndefined();
    expect(translationAfter('"x" (translation: open', 3)).toBeUndefined();
  });
});
