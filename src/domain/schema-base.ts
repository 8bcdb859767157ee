import { z } from 'zod';
import { DATASET_LIMITS } from '@/domain/dataset-limits';
import { calendarDateProblem } from '@/lib/dates';
import { isBlankText, quoteFromData, showInvisible } from '@/lib/visible-text';

// Zod probes `new Function` for a faster parser; under our CSP (no 'unsafe-eval') that probe is
// reported as a violation, so parse without it. Set here, where every schema module starts.
z.config({ jitless: true });

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_ID_CHARACTER = /[^a-z0-9-]/u;
const { text: TEXT_LIMIT, list: LIST_LIMIT } = DATASET_LIMITS;

// A failed length check stops the others: a 1 MB value is reported by its length alone, and the
// pattern and blank checks never run over it.
const ABORT = { abort: true } as const;

/** Which rule of the id pattern a value breaks, naming the first character not allowed. */
function idProblem(value: string): string {
  const rule = 'must be a kebab-case id (lower-case letters, digits and hyphens)';
  const bad = NOT_ID_CHARACTER.exec(value)?.[0];
  if (bad === undefined) return rule;
  const code = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `${rule}; "${showInvisible(bad)}" (U+${code}) is not allowed`;
}

export const Id = z
  .string()
  .max(TEXT_LIMIT.id, ABORT)
  .regex(ID_PATTERN, { error: (issue) => idProblem(String(issue.input)) });

/** Text that must show something: not empty once spaces and invisible characters are removed. */
function visibleText(max: number) {
  return z
    .string()
    .max(max, ABORT)
    .trim()
    .min(1, { error: 'must not be empty', abort: true })
    .refine((text) => !isBlankText(text), {
      error: (issue) =>
        `must not be empty: it holds only invisible characters (${quoteFromData(String(issue.input))})`,
    });
}

/** A name, title, label or other one-line text (at most DATASET_LIMITS.text.line characters). */
export const LineText = visibleText(TEXT_LIMIT.line);
/** A quote, note, summary or other free text (at most DATASET_LIMITS.text.free characters). */
export const NonEmptyText = visibleText(TEXT_LIMIT.free);

/** Text of at most DATASET_LIMITS.text.line characters, for values with a pattern of their own. */
export const lineString = () => z.string().max(TEXT_LIMIT.line, ABORT);

/** A list of at most `max` items (DATASET_LIMITS.list.small unless given). */
export function limitedList<T extends z.ZodType>(item: T, max: number = LIST_LIMIT.small) {
  return z.array(item).max(max);
}

/**
 * An http(s) URL. `z.url()` alone accepts `javascript:` and `data:`; the protocol
 * pattern refuses them. Rendering checks the protocol again (lib/safe-url.ts).
 */
export const HttpUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: (issue) =>
      issue.code === 'invalid_format'
        ? 'only http:// and https:// links with a domain name are allowed'
        : undefined,
  })
  .max(TEXT_LIMIT.url);

export const DatePrecision = z.enum(['day', 'month', 'year']);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date (no 30 February). */
const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const PartialIsoDate = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (!PARTIAL_DATE_PATTERN.test(value)) return;
    const problem = calendarDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One piece of evidence: a source and a verbatim quote from it. */
export const Evidence = z.strictObject({
  source: Id,
  quote: NonEmptyText,
  /** An English translation when the quote is in another language. */
  translation: NonEmptyText.optional(),
  /** Our note on how the quote supports the fact (e.g. "sic" or an inference). */
  note: NonEmptyText.optional(),
});

export const EvidenceList = z
  .array(Evidence)
  .min(1, 'every fact needs at least one source and quote')
  .max(LIST_LIMIT.evidence);

/** A date as sources give it: its precision, and whether it is inferred or conflicting. */
export const DatedFact = z.strictObject({
  value: PartialIsoDate,
  precision: DatePrecision,
  uncertain: z.boolean(),
  evidence: EvidenceList,
});

export const Side = z.enum(['us', 'kz', 'eu']);

/** Whose word an event is: who acted, reported or assessed (not who published the page). */
export const Voice = z.enum([
  'kazakh-government',
  'us-government',
  'eu',
  'un-or-intergovernmental',
  'independent',
  'court',
]);

export type Evidence = z.infer<typeof Evidence>;
export type DatedFact = z.infer<typeof DatedFact>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type Side = z.infer<typeof Side>;
export type Voice = z.infer<typeof Voice>;
