import { z } from 'zod';
import { SEARCH_ORIGIN } from '@/domain/passage-origin';
import { DatePrecision, HttpUrl, Id, PartialIsoDate } from '@/domain/schema';
import { formatJsonPath } from '@/lib/json-path';

/**
 * A file of the shared research folder a passage was copied from: a per-page notes file, a fact
 * base, or a kept full text. No `..`, so a path can never leave that folder.
 */
const SHARED_FILE =
  /^(?:research\/sources\/[\w-]+(?:\.[\w-]+)*\.txt|research\/dialogue-facts[\w-]*\.md|sources\/[\w-]+(?:\.[\w-]+)*\.txt)$/;

const Text = z.string().trim().min(1, 'must not be empty');

const DayDate = PartialIsoDate.refine((value) => value.length === 10, 'must be a day: YYYY-MM-DD');

export const ArchivePassage = z
  .strictObject({
    /** Verbatim text of the page, as the research kept it (white space may differ). */
    text: Text,
    /** The shared-folder file it was copied from, or `search`. */
    from: z.union([
      z.literal(SEARCH_ORIGIN),
      z
        .string()
        .regex(
          SHARED_FILE,
          'must be research/sources/<file>.txt, research/dialogue-facts….md, sources/<file>.txt or search',
        ),
    ]),
    translation: Text.optional(),
    /** Why this passage belongs to the source, when a person added it by hand. */
    note: Text.optional(),
    /** Search only: the page that was read (the source's URL or a copy of it). */
    url: HttpUrl.optional(),
    /** Search only: the date the page shows, or null when it shows none. */
    pageDate: PartialIsoDate.nullable().optional(),
    /** Search only: the day the page was read. */
    retrieved: DayDate.optional(),
  })
  .superRefine((passage, ctx) => {
    const searched = passage.from === SEARCH_ORIGIN;
    const fields = ['url', 'pageDate', 'retrieved'] as const;
    for (const field of fields) {
      const present = passage[field] !== undefined;
      if (searched && !present) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `a passage found by search must give its ${field} (pageDate may be null)`,
        });
      } else if (!searched && present) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `only a passage found by search has a ${field}; this one names its file`,
        });
      }
    }
  });

export const EvidenceArchive = z.strictObject({
  /** The id of the dataset source this file archives; the file is named `<source>.json`. */
  source: Id,
  /** Equal to the dataset source's URL. */
  url: HttpUrl,
  title: Text,
  publisher: Text,
  published: z
    .strictObject({ value: PartialIsoDate, precision: DatePrecision, uncertain: z.boolean() })
    .nullable(),
  /** The day the page was read, when the research says; null when unknown. */
  retrieved: DayDate.nullable(),
  /** How the page was read: excerpt notes only, a repost of another page, … */
  note: Text.optional(),
  passages: z.array(ArchivePassage),
});

export type ArchivePassage = z.infer<typeof ArchivePassage>;
export type EvidenceArchive = z.infer<typeof EvidenceArchive>;

export type ArchiveParseResult =
  { ok: true; archive: EvidenceArchive } | { ok: false; problems: string[] };

/** Validates an archive file's parsed JSON; problems read `path: message` (`passages[2].url: …`). */
export function parseEvidenceArchive(json: unknown): ArchiveParseResult {
  const result = EvidenceArchive.safeParse(json);
  if (result.success) return { ok: true, archive: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`),
  };
}
