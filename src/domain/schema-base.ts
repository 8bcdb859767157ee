import { z } from 'zod';
import { calendarDateProblem } from '@/lib/dates';

// Zod probes `new Function` for a faster parser; under our CSP (no 'unsafe-eval') that probe is
// reported as a violation, so parse without it. Set here, where every schema module starts.
z.config({ jitless: true });

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be a kebab-case id (lower-case letters, digits and hyphens)');

export const NonEmptyText = z.string().trim().min(1, 'must not be empty');

/**
 * An http(s) URL. `z.url()` alone accepts `javascript:` and `data:`; the protocol
 * pattern refuses them. Rendering checks the protocol again (lib/safe-url.ts).
 */
export const HttpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'only http:// and https:// links with a domain name are allowed',
});

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
  .min(1, 'every fact needs at least one source and quote');

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
