// Seeded randomness and date helpers for the synthetic dataset generator (no Math.random, no clock).
import type { DatePrecision } from '../src/domain/schema.ts';

/** Per unit of scale, about the bundled dataset's counts. */
export const PER_UNIT = {
  sources: 54,
  topics: 21,
  people: 6,
  dialogues: 2,
  meetings: 10,
  commitments: 12,
  conflicts: 7,
};

/** mulberry32: a small, fast seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** An index in [0, n) skewed towards 0, so a few records are cited far more than the rest. */
  skewed: (n: number) => number;
};

export function makeRandom(seed: number): Random {
  const next = mulberry32(Number.isFinite(seed) ? Math.trunc(seed) : 0);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    skewed: (n) => Math.min(n - 1, Math.floor(n * next() ** 2)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date at the given precision from a day number (days since 1990-01-01, UTC). */
export function dateAt(day: number, precision: DatePrecision): string {
  const date = new Date(Date.UTC(1990, 0, 1 + day));
  const full = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return precision === 'day' ? full : precision === 'month' ? full.slice(0, 7) : full.slice(0, 4);
}

export const dayOfYear = (year: number) =>
  Math.round((Date.UTC(year, 0, 1) - Date.UTC(1990, 0, 1)) / 86_400_000);

export function precisionFor(random: Random): DatePrecision {
  const r = random.next();
  return r < 0.8 ? 'day' : r < 0.9 ? 'month' : 'year';
}

/** Unit-local pools: the records of one "copy of the world", with a little cross-linking. */
export function localIndex(random: Random, unit: number, perUnit: number, total: number): number {
  if (total <= perUnit || random.chance(0.1)) return random.skewed(total);
  const start = Math.min(unit * perUnit, total - perUnit);
  return start + random.skewed(perUnit);
}

export function count(scale: number, perUnit: number, min: number): number {
  return Math.max(min, Math.round(perUnit * scale));
}
