import type { z } from 'zod';
import { Dataset, SCHEMA_VERSION } from '@/domain/schema';
import { checkIntegrity } from '@/domain/integrity';
import type { DatasetProblem } from '@/domain/dataset-problem';
import { formatCount } from '@/lib/format-count';
import { formatJsonPath } from '@/lib/json-path';
import { quoteFromData } from '@/lib/visible-text';
import { describeV1Changes, migrateV1toV2, V2_CHANGES } from '@/domain/migrate-v1';

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/** What zod expects, in words a person who does not program can follow. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([…])',
  object: 'an object ({…})',
  null: 'null',
};

const MAX_SHOWN_TEXT = 60;
const MAX_SHOWN_KEYS = 10;

// JSON has no NaN or Infinity, but JSON.parse reads a number too large for a double (1e400) as
// Infinity; NaN can come only from a caller passing objects rather than JSON.
function describeNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN (not a number)';
  if (!Number.isFinite(value))
    return `a number too large to store (${value < 0 ? 'below -1.8e308' : 'beyond 1.8e308'}; it reads as ${value})`;
  return String(value);
}

/** A value as it appears in a message: short text quoted, anything else named by its kind. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string':
      return quoteFromData(value, MAX_SHOWN_TEXT);
    case 'number':
      return describeNumber(value);
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** A wrong value with its kind, for "must be X, but it is …": `text ("two")`, `the number 5`. */
function describeWrongValue(value: unknown): string {
  if (typeof value === 'string') return `text (${describeValue(value)})`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `the number ${value}` : describeNumber(value);
  return describeValue(value);
}

const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Expected)/.test(message);

function describeTooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'array' || issue.origin === 'set') {
    const count = Array.isArray(issue.input) ? issue.input.length : undefined;
    const items = `${min} item${min === 1 ? '' : 's'}`;
    if (count === 0) return `is empty, but it must have at least ${items}`;
    return `must have at least ${items}${count === undefined ? '' : `, but it has ${count}`}`;
  }
  if (issue.origin === 'string') return `must be at least ${min} characters long`;
  const bound = issue.inclusive ? `${min} or more` : `greater than ${min}`;
  return `must be ${bound}, but it is ${describeValue(issue.input)}`;
}

function describeTooBig(issue: z.core.$ZodIssueTooBig): string {
  const max = Number(issue.maximum);
  const limit = `the limit is ${formatCount(max)}`;
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (!Array.isArray(issue.input)) return `must have at most ${formatCount(max)} items`;
    return `has ${formatCount(issue.input.length)} items; ${limit}`;
  }
  if (issue.origin === 'string') {
    if (typeof issue.input !== 'string')
      return `must be at most ${formatCount(max)} characters long`;
    return `is ${formatCount(issue.input.length)} characters long; ${limit}`;
  }
  const bound = issue.inclusive ? `${max} or less` : `less than ${max}`;
  return `must be ${bound}, but it is ${describeValue(issue.input)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const shown = issue.keys.slice(0, MAX_SHOWN_KEYS).map((key) => quoteFromData(key));
      const more = issue.keys.length - shown.length;
      const keys =
        more > 0 ? `${shown.join(', ')} and ${formatCount(more)} more` : shown.join(', ');
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} — check the spelling; only the fields the schema defines are allowed`;
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is missing; it is required and must be ${expected}`;
      return `must be ${expected}, but it is ${describeWrongValue(issue.input)}`;
    }
    case 'invalid_value': {
      if (!isDefaultMessage(issue.message)) return issue.message;
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const choice = issue.values.length === 1 ? options : `one of ${options}`;
      if (issue.input === undefined) return `is missing; it must be ${choice}`;
      return `is ${describeValue(issue.input)}, but it must be ${choice}`;
    }
    case 'too_small':
      return isDefaultMessage(issue.message) ? describeTooSmall(issue) : issue.message;
    case 'too_big':
      return isDefaultMessage(issue.message) ? describeTooBig(issue) : issue.message;
    case 'invalid_format': {
      const value = describeValue(issue.input);
      if (isDefaultMessage(issue.message)) return `is ${value}, which is not in the expected form`;
      return issue.message.startsWith('must ')
        ? `is ${value}, but it ${issue.message}`
        : `is ${value} — ${issue.message}`;
    }
    default:
      return issue.message;
  }
}

function describeSchemaVersion(version: unknown): string {
  const reads = `this dashboard reads schema version ${SCHEMA_VERSION}`;
  if (typeof version === 'number') return `is ${describeValue(version)}, but ${reads}`;
  const asNumber = typeof version === 'string' ? Number(version.trim()) : NaN;
  if (typeof version === 'string' && version.trim() !== '' && Number.isFinite(asNumber)) {
    const fix = `it must be the number ${asNumber}, written without quotes`;
    const also = asNumber === SCHEMA_VERSION ? '' : ` (and ${reads})`;
    return `is text (${describeValue(version)}), but ${fix}${also}`;
  }
  return `must be the number ${SCHEMA_VERSION} (${reads}), but it is ${describeWrongValue(version)}`;
}

function schemaVersionProblem(raw: unknown): DatasetProblem | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const kind = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`;
    return { path: '(root)', message: `the dataset must be a JSON object, but it is ${kind}` };
  }
  const meta = (raw as { meta?: unknown }).meta;
  const version =
    meta !== null && typeof meta === 'object'
      ? (meta as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    return { path: 'meta.schemaVersion', message: describeSchemaVersion(version) };
  }
  return null;
}

const isVersion1 = (raw: unknown) =>
  raw !== null &&
  typeof raw === 'object' &&
  (raw as { meta?: { schemaVersion?: unknown } | null }).meta?.schemaVersion === 1;

/**
 * A file of the previous schema version: what changed, path by path, then whatever else is wrong
 * with it once upgraded, so one round of edits (or `npm run data:migrate`) makes it readable.
 */
function version1Problems(raw: unknown): DatasetProblem[] {
  const upgraded = validateDataset(migrateV1toV2(raw).upgraded);
  return [
    {
      path: 'meta.schemaVersion',
      message: `is 1: this file was written for schema version 1, and this dashboard reads version ${SCHEMA_VERSION}: ${V2_CHANGES}. Run "npm run data:migrate FILE" to upgrade it (it keeps a copy of the original and lists what it assumed), or make the changes listed below`,
    },
    ...describeV1Changes(raw),
    ...(upgraded.ok ? [] : upgraded.problems),
  ];
}

/**
 * Validates untrusted JSON against the schema, then the integrity rules. Never throws: returns the
 * typed dataset, or every problem with its JSON path and a plain-language message. A wrong schema
 * version or a non-object is reported alone, since the other messages would only be noise.
 */
export function validateDataset(raw: unknown): ValidationResult {
  const early = schemaVersionProblem(raw);
  if (early) return { ok: false, problems: isVersion1(raw) ? version1Problems(raw) : [early] };
  const parsed = Dataset.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatJsonPath(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  const problems = checkIntegrity(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}
