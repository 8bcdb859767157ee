import { collapseWhitespace } from './collapse-whitespace.ts';
import { enclosingQuotation, translationAfter } from './enclosing-quotation.ts';
import { normaliseUrl } from './normalise-url.ts';
import type { NumberedLine, ResearchCorpus } from './research-corpus.ts';

/** A passage of the research that holds a quote and is attributed to the quote's source. */
export type Attribution = { from: string; text: string; translation?: string };

/** A place in the research where a quote stands (file and line), and the pages that place names. */
export type Sighting = {
  from: string;
  line?: number;
  urls: readonly string[];
  fullTextOf?: string;
};

function passageInLines(
  lines: readonly NumberedLine[],
  quote: string,
  from: string,
): Attribution | null {
  for (const { text: line } of lines) {
    const start = line.indexOf(quote);
    if (start < 0) continue;
    const span = enclosingQuotation(line, start, start + quote.length);
    const translation = translationAfter(line, span.end + 1);
    return {
      from,
      text: line.slice(span.start, span.end),
      ...(translation ? { translation } : {}),
    };
  }
  return null;
}

function joined(lines: readonly NumberedLine[]): string {
  return lines.map((line) => line.text).join(' ');
}

/**
 * The passage of the research that holds `quote` and belongs to the page at `sourceUrl`, or null.
 * A source with a kept full text is looked up there only; any other in the notes file about its
 * page, then on fact-base lines that name its URL, then in notes files that list it under ALSO.
 */
export function attributeQuote(
  corpus: ResearchCorpus,
  sourceId: string,
  sourceUrl: string,
  rawQuote: string,
): Attribution | null {
  const quote = collapseWhitespace(rawQuote);
  const fullText = corpus.fullTexts.find((text) => text.sourceId === sourceId);
  if (fullText) return fullText.text.includes(quote) ? { from: fullText.from, text: quote } : null;

  const url = normaliseUrl(sourceUrl);
  if (url === null) return null;
  const inNotes = (also: boolean): Attribution | null => {
    for (const notes of corpus.notes) {
      const names = also ? notes.alsoUrls.has(url) && notes.mainUrl !== url : notes.mainUrl === url;
      if (!names) continue;
      const found = passageInLines(notes.lines, quote, notes.from);
      if (found) return found;
      // A quote that runs over a line break is still the page's: keep it as it stands.
      if (joined(notes.lines).includes(quote)) {
        return { from: notes.from, text: quote };
      }
    }
    return null;
  };
  const inFactBases = (): Attribution | null => {
    for (const base of corpus.factBases) {
      const units = base.units.filter((unit) => unit.urls.has(url));
      const found = passageInLines(units, quote, base.from);
      if (found) return found;
    }
    return null;
  };
  return inNotes(false) ?? inFactBases() ?? inNotes(true);
}

/** Every place in the research where `quote` stands, whoever it is attributed to there. */
export function findSightings(corpus: ResearchCorpus, rawQuote: string): Sighting[] {
  const quote = collapseWhitespace(rawQuote);
  const sightings: Sighting[] = [];
  for (const notes of corpus.notes) {
    if (!joined(notes.lines).includes(quote)) continue;
    const urls = [...(notes.mainUrl ? [notes.mainUrl] : []), ...notes.alsoUrls];
    const line = notes.lines.find((numbered) => numbered.text.includes(quote))?.line;
    sightings.push({ from: notes.from, ...(line ? { line } : {}), urls });
  }
  for (const base of corpus.factBases) {
    for (const unit of base.units) {
      if (!unit.text.includes(quote)) continue;
      sightings.push({ from: base.from, line: unit.line, urls: [...unit.urls] });
    }
  }
  for (const text of corpus.fullTexts) {
    if (text.text.includes(quote)) {
      sightings.push({ from: text.from, urls: [], fullTextOf: text.sourceId });
    }
  }
  return sightings;
}
