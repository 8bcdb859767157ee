import type { z } from 'zod';
import { Dataset, SCHEMA_VERSION } from '@/data/schema';
import { checkIntegrity } from '@/data/integrity';
import type { DatasetProblem } from '@/data/dataset-problem';
import { formatJsonPath } from '@/lib/json-path';

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input: expected')) {
    return issue.message
      .replace('Invalid input: ', '')
      .replace(', received undefined', ', but it is missing');
  }
  return issue.message;
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
    return {
      path: 'meta.schemaVersion',
      message: `is ${JSON.stringify(version)}, but this dashboard reads schema version ${SCHEMA_VERSION}`,
    };
  }
  return null;
}

/**
 * Validates untrusted JSON against the schema, then the integrity rules. Never throws: returns the
 * typed dataset, or every problem with its JSON path. A wrong schema version or a non-object is
 * reported alone, since the other messages would only be noise.
 */
export function validateDataset(raw: unknown): ValidationResult {
  const early = schemaVersionProblem(raw);
  if (early) return { ok: false, problems: [early] };
  const parsed = Dataset.safeParse(raw);
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
