import { CommitmentKind, Voice } from '@/domain/schema';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { quoteFromData } from '@/lib/visible-text';

/** What schema version 2 changed, in one sentence a dataset author can act on. */
export const V2_CHANGES =
  'version 2 gives each commitment a kind (what "complete" means for it), says whose word each event is ("voice" instead of "actor"), and records practice as findings ("assessed" with a "finding" instead of "implemented")';

const ACTOR_TO_VOICE: Record<string, Voice> = {
  kz: 'kazakh-government',
  us: 'us-government',
  eu: 'eu',
  other: 'independent',
};

/** Title words that suggest a kind, tried in this order; a commitment matching none is a `law`. */
const KIND_HINTS: readonly [RegExp, CommitmentKind][] = [
  [/abolition|abolish/i, 'abolition'],
  [/referendum|constitution(?:al)? (?:amendment|change|reform)/i, 'constitutional-change'],
  [/court|commissioner|ombuds|agency|committee|council|institution/i, 'institution'],
  [/treaty|convention|protocol|covenant/i, 'treaty'],
  [/decree/i, 'decree'],
  [/plan|programme|program|concept|strategy|policy/i, 'programme'],
];

export type Assumption = DatasetProblem;

export type Migration = {
  /** The file upgraded to schema version 2 (every other field as it was). */
  upgraded: Record<string, unknown>;
  /** Each field changed, with what was assumed: a kind guessed from a title needs checking. */
  assumptions: Assumption[];
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The kind a commitment's title suggests, and the words that suggested it. */
export function guessKind(title: string): { kind: CommitmentKind; hint: string | null } {
  for (const [pattern, kind] of KIND_HINTS) {
    const match = pattern.exec(title);
    if (match) return { kind, hint: match[0] };
  }
  return { kind: 'law', hint: null };
}

function migrateEvent(event: Json, path: string, assumptions: Assumption[]): Json {
  const next: Json = { ...event };
  if ('actor' in next && !('voice' in next)) {
    const voice = ACTOR_TO_VOICE[String(next.actor)];
    next.voice = voice ?? next.actor;
    delete next.actor;
    assumptions.push({
      path: `${path}.voice`,
      message:
        String(event.actor) === 'other'
          ? `set to "independent" from actor "other"; check whose word it is (${Voice.options.join(', ')})`
          : `set to ${quoteFromData(String(next.voice))} from actor ${quoteFromData(String(event.actor))}`,
    });
  }
  if (next.type === 'implemented') {
    next.type = 'assessed';
    next.finding = 'applied';
    assumptions.push({
      path: `${path}.type`,
      message: 'changed from "implemented" to "assessed" with finding "applied"',
    });
  }
  return next;
}

function migrateCommitment(commitment: Json, c: number, assumptions: Assumption[]): Json {
  const next: Json = { ...commitment };
  if (!('kind' in next)) {
    const { kind, hint } = guessKind(String(next.title ?? ''));
    next.kind = kind;
    assumptions.push({
      path: `commitments[${c}].kind`,
      message: hint
        ? `set to "${kind}" because the title says ${quoteFromData(hint)}; check it`
        : `set to "${kind}" (no word in the title suggested another kind); check it`,
    });
  }
  if (Array.isArray(next.events))
    next.events = next.events.map((event, e) =>
      isObject(event) ? migrateEvent(event, `commitments[${c}].events[${e}]`, assumptions) : event,
    );
  return next;
}

/**
 * Upgrades a parsed schema-version-1 dataset to version 2: the mechanical changes are made and each
 * is listed with what was assumed. Input that is not a version-1 object is returned unchanged.
 */
export function migrateV1toV2(raw: unknown): Migration {
  const assumptions: Assumption[] = [];
  if (!isObject(raw) || !isObject(raw.meta) || raw.meta.schemaVersion !== 1)
    return { upgraded: isObject(raw) ? raw : {}, assumptions };
  const upgraded: Json = { ...raw, meta: { ...raw.meta, schemaVersion: 2 } };
  if (Array.isArray(raw.commitments))
    upgraded.commitments = raw.commitments.map((commitment, c) =>
      isObject(commitment) ? migrateCommitment(commitment, c, assumptions) : commitment,
    );
  return { upgraded, assumptions };
}

/**
 * What a schema-version-1 file must change to be read, path by path: each commitment's kind (one
 * of the kinds), each event's voice instead of actor, each "implemented" event as a finding.
 */
export function describeV1Changes(raw: unknown): DatasetProblem[] {
  return migrateV1toV2(raw).assumptions.map(({ path }) => {
    if (path.endsWith('.kind'))
      return {
        path,
        message: `is required in schema version 2: one of ${CommitmentKind.options.join(', ')}`,
      };
    if (path.endsWith('.voice'))
      return {
        path: path.replace(/\.voice$/, '.actor'),
        message: `is replaced in schema version 2 by "voice" (whose word the event is): one of ${Voice.options.join(', ')}`,
      };
    return {
      path,
      message:
        'is "implemented", which schema version 2 replaces by "assessed" with a finding (applied, shortfalls, no-change or worsened)',
    };
  });
}
