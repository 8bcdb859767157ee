// No zod here: the app's first paint imports the file-size cap through data/dataset-limits.ts.
import { MAX_LINE_CHARS, MAX_TEXT_CHARS } from '@/lib/bounded-text';

/**
 * Every resource limit of a dataset file, in one table: the schema builds its `.max()` checks from
 * it, the JSON Schema publishes them, and the README lists them. Text lengths count UTF-16 code
 * units, as JavaScript's `length` does. Collection counts leave room for the generator's 100×
 * dataset (8.3 MB; 1,000 meetings, 5,400 sources, 2,100 topics, 200 dialogues), which the bench and
 * the property tests load.
 */
export const DATASET_LIMITS = {
  /** The largest file accepted, in bytes (20 MB); a larger one is refused before it is read. */
  fileBytes: 20 * 1024 * 1024,
  text: {
    /** Ids: `^[a-z0-9]+(?:-[a-z0-9]+)*$` (kebab-case). */
    id: 100,
    /**
     * Names, titles, labels, subjects, publishers, editions, places and other one-line texts (500).
     * The page cuts a longer one to the same length, so the number is defined once, in lib.
     */
    line: MAX_LINE_CHARS,
    /** Quotes, translations, notes, summaries, descriptions, changelog lines and other free text (10,000). */
    free: MAX_TEXT_CHARS,
    url: 2048,
  },
  collection: {
    meetings: 2000,
    commitments: 2000,
    sources: 10_000,
    topics: 2500,
    people: 2000,
    conflicts: 1000,
    reviews: 2000,
    reviewSeries: 200,
    contacts: 1000,
    dialogues: 500,
  },
  list: {
    /** Evidence items of one fact. */
    evidence: 50,
    /** Topics raised at one meeting (each at most once). */
    meetingTopics: 100,
    /** Events of one commitment. */
    events: 500,
    changelog: 1000,
    /** Changes listed in one changelog entry. */
    changes: 200,
    /** Co-chairs, gaps, outcomes, roles, aliases, claims, topics of a commitment and other small lists. */
    small: 200,
  },
} as const;
