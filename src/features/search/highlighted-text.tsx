import { highlightParts } from '@/features/search/search-results-series';

export type HighlightedTextProps = { text: string; words: readonly string[] };

/** A text from the data, isolated, with the search's words as typed marked. */
export function HighlightedText({ text, words }: HighlightedTextProps) {
  return (
    <bdi>
      {highlightParts(text, words).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-accent-soft text-ink">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
}
