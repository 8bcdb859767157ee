export type ResultCountProps = {
  shown: number;
  total: number;
  /** Plural noun, e.g. "meetings". */
  noun: string;
};

/** "3 of 9 meetings", announced politely when the filters change it. */
export function ResultCount({ shown, total, noun }: ResultCountProps) {
  return (
    <p aria-live="polite" className="text-sm text-muted">
      {shown === total ? `All ${total} ${noun}` : `${shown} of ${total} ${noun}`}
    </p>
  );
}
