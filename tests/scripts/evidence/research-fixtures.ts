import { parseFactBase } from '../../../scripts/evidence/parse-fact-base';
import { parseNotesFile, type ResearchCorpus } from '../../../scripts/evidence/research-corpus';

export const NOTES_A = `URL: https://www.a.example/news/a/amp
TITLE: A's article (A, 20 May 2024)
ALSO: https://b.example/b — "B's article" (B, 21 May 2024)
ALSO:
- https://c.example/c (C, a repost)
STATUS: excerpt notes only, NOT the full text.

Key quotes:
- "the first quotation of A, which runs on"
- B: "a quotation of B"
- C: "a quotation of C"
`;

export const FACT_BASE = `# Facts

Research date: 2026-12-06.

| Fact | Source | Quote |
|---|---|---|
| one | D, "Title" https://d.example/d | "the quotation of D" |
| two | same | "a second quotation of D" |
| three | e.example repost of D | "a quotation on an e row" |
| four | D (above) | "a quotation by back-reference" |

Earlier e.example page: https://e.example/e1

A paragraph quoting "the paragraph's quotation" on one line,
with its page on the next: https://f.example/f

- A list item, https://g.example/g — "the item's quotation" (translation: "in English")
`;

export const FULL_TEXT =
  'title: H\nurl: https://h.example/h\n---\nThe whole text of H, word for word.';

/** A small research folder: one notes file, one fact base, one full text. */
export function makeCorpus(): ResearchCorpus {
  return {
    notes: [parseNotesFile('research/sources/a.txt', NOTES_A)],
    factBases: [parseFactBase('research/dialogue-facts.md', FACT_BASE)],
    fullTexts: [{ from: 'sources/h.txt', sourceId: 'src-h', text: FULL_TEXT.replace(/\s+/g, ' ') }],
  };
}
