import type { Meta } from '@/domain/schema';

export type ChangelogEntry = Meta['changelog'][number];

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** A `major.minor.patch` version's three numbers, or null when it is not one. */
function parseVersion(version: string): [number, number, number] | null {
  const match = SEMVER.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * Orders semantic versions number by number (1.10.0 after 1.9.0): negative when `a` is older.
 * A string that is not `major.minor.patch` sorts before every version.
 */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) return Number(Boolean(left)) - Number(Boolean(right));
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

/** The dataset's changelog entries, newest version first (empty changelog → []). */
export function listChangelog(meta: Pick<Meta, 'changelog'>): ChangelogEntry[] {
  return meta.changelog.toSorted((a, b) => compareVersions(b.version, a.version));
}

/**
 * The entries for versions strictly after `version`, newest first: what a user citing `version`
 * has not seen. A version that is not `major.minor.patch` gets every entry.
 */
export function changesSince(meta: Pick<Meta, 'changelog'>, version: string): ChangelogEntry[] {
  return listChangelog(meta).filter((entry) => compareVersions(entry.version, version) > 0);
}
