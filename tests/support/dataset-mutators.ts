import {
  BAD_DATES,
  COLLECTIONS,
  ENUM_KEYS,
  MIN_ONE_LISTS,
  NULLABLE_KEYS,
  OPTIONAL_KEYS,
  TEXT_KEYS,
  UNKNOWN_KEYS,
  WRONG_TYPE_FALLBACKS,
} from './mutation-values';
import { deleteAt, getAt, setAt, type JsonStep } from './json-at';

/**
 * Breaking changes to a valid dataset, each of which alone makes it invalid, so any combination
 * does too. Targets are chosen by `pick` (an fc-chosen natural number, taken modulo the candidates).
 */
export type MutationKind =
  | 'wrong-type'
  | 'delete-required'
  | 'bad-date'
  | 'broken-reference'
  | 'hostile-url'
  | 'duplicate-id'
  | 'unknown-field'
  | 'bad-enum'
  | 'blank-text'
  | 'bad-round'
  | 'empty-required-list'
  | 'events-out-of-order'
  | 'planned-before-held'
  | 'duplicate-round'
  | 'precision-mismatch'
  | 'replace-root';

export type Mutation = { kind: MutationKind; pick: number; value: unknown };

/** What was done, for the counter-example fast-check prints. */
export type AppliedMutation = { kind: MutationKind; path: string };

type Path = JsonStep[];
type Node = { path: Path; value: unknown; key: JsonStep | undefined; parent: unknown };

const isRequiredList = (node: Node) =>
  Array.isArray(node.value) &&
  (MIN_ONE_LISTS.has(String(node.key)) ||
    (node.key === 'topics' && (node.path.length === 1 || node.path[0] === 'commitments')));

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function walk(root: unknown): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown, path: Path, key: JsonStep | undefined, parent: unknown) => {
    nodes.push({ path, value, key, parent });
    if (Array.isArray(value)) value.forEach((child, i) => visit(child, [...path, i], i, value));
    else if (value !== null && typeof value === 'object') {
      for (const [k, child] of Object.entries(value)) visit(child, [...path, k], k, value);
    }
  };
  visit(root, [], undefined, undefined);
  return nodes;
}

/** An item chosen by any number (negative, fractional, NaN or infinite picks included). */
const choose = <T>(items: readonly T[], pick: number): T | undefined =>
  items.length === 0
    ? undefined
    : items[Number.isFinite(pick) ? Math.abs(Math.trunc(pick)) % items.length : 0];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether the node is a reference to another record, by where it sits. */
function isReference(node: Node): boolean {
  const [first] = node.path;
  const key = node.key;
  const parentKey = node.path.at(-2);
  if (typeof node.value !== 'string') return false;
  if (key === 'source' && node.path.at(-3) === 'evidence') return true;
  if (first === 'meetings' && (key === 'dialogue' || key === 'person' || key === 'topic'))
    return true;
  if (key === 'meeting') return true;
  if (first === 'commitments' && parentKey === 'topics') return true;
  return first === 'conflicts' && key === 'id' && parentKey === 'about';
}

const isDateObject = (value: unknown): value is { value: string; precision: string } =>
  isObject(value) && typeof value.value === 'string' && typeof value.precision === 'string';

const isPrefix = (prefix: Path, path: Path) =>
  prefix.length <= path.length && prefix.every((step, i) => step === path[i]);

/**
 * Applies one mutation in place; returns what it did, or null when the dataset has no target for it.
 * Nothing at or under an earlier mutation's path is touched again, so no mutation can undo another.
 */
export function applyOne(
  root: Record<string, unknown>,
  mutation: Mutation,
  touched: Path[],
): AppliedMutation | null {
  const free = (path: Path) => !touched.some((prefix) => isPrefix(prefix, path));
  const nodes = walk(root).filter((node) => free(node.path));
  const { kind, pick, value } = mutation;
  const done = (path: Path) => {
    if (!free(path)) return null;
    touched.push(path);
    return { kind, path: JSON.stringify(path) };
  };
  const setIfFree = (path: Path, newValue: unknown) => {
    const result = done(path);
    if (result) setAt(root, path, newValue);
    return result;
  };
  switch (kind) {
    case 'wrong-type': {
      const node = choose(nodes.slice(1), pick);
      if (!node) return null;
      // A nullable field accepts both null and its other type, whichever it holds now.
      const otherType = NULLABLE_KEYS.get(String(node.key));
      const banned = [jsonType(node.value), ...(otherType ? ['null', otherType] : [])];
      const replacement = banned.includes(jsonType(value))
        ? WRONG_TYPE_FALLBACKS.find((v) => !banned.includes(jsonType(v)))
        : value;
      return setIfFree(node.path, replacement);
    }
    case 'delete-required': {
      const node = choose(
        nodes.filter(
          (n) =>
            typeof n.key === 'string' && !OPTIONAL_KEYS.has(n.key) && !UNKNOWN_KEYS.includes(n.key),
        ),
        pick,
      );
      if (!node) return null;
      const result = done(node.path);
      if (result) deleteAt(root, node.path);
      return result;
    }
    case 'bad-date': {
      const node = choose(
        nodes.filter(
          (n) =>
            typeof n.value === 'string' &&
            ((n.key === 'value' && isDateObject(n.parent)) ||
              n.key === 'updated' ||
              (n.key === 'date' && n.path[1] === 'changelog')),
        ),
        pick,
      );
      if (!node) return null;
      return setIfFree(node.path, choose(BAD_DATES, Number(value) || 0));
    }
    case 'broken-reference': {
      const node = choose(nodes.filter(isReference), pick);
      if (!node) return null;
      return setIfFree(node.path, `zz-missing-${String(value)}`);
    }
    case 'hostile-url': {
      const node = choose(
        nodes.filter((n) => n.key === 'url' && n.path[0] === 'sources'),
        pick,
      );
      if (!node) return null;
      return setIfFree(node.path, value);
    }
    case 'duplicate-id': {
      const collection = choose(
        COLLECTIONS.filter((c) => Array.isArray(root[c]) && (root[c] as unknown[]).length >= 2),
        pick,
      );
      if (!collection) return null;
      const records = root[collection] as { id?: unknown }[];
      const i = (Number(value) || 0) % records.length;
      const j = (i + 1 + (pick % (records.length - 1))) % records.length;
      const source = records[j];
      if (!isObject(source) || !isObject(records[i]) || typeof source.id !== 'string') return null;
      return setIfFree([collection, i, 'id'], source.id);
    }
    case 'unknown-field': {
      const node = choose(
        nodes.filter((n) => isObject(n.value)),
        pick,
      );
      if (!node) return null;
      const key = choose(UNKNOWN_KEYS, Number(value) || 0)!;
      return setIfFree([...node.path, key], value);
    }
    case 'bad-enum': {
      const node = choose(
        nodes.filter((n) => typeof n.value === 'string' && ENUM_KEYS.has(String(n.key))),
        pick,
      );
      if (!node) return null;
      return setIfFree(node.path, `not-${String(value)}`);
    }
    case 'blank-text': {
      const node = choose(
        nodes.filter((n) => typeof n.value === 'string' && TEXT_KEYS.has(String(n.key))),
        pick,
      );
      if (!node) return null;
      return setIfFree(node.path, choose(['', ' ', '\n\t ', '\u00a0'], Number(value) || 0));
    }
    case 'bad-round': {
      const node = choose(
        nodes.filter((n) => n.key === 'round'),
        pick,
      );
      if (!node) return null;
      return setIfFree(node.path, choose([0, -1, 2.5, -0.5, 1e21], Number(value) || 0));
    }
    case 'empty-required-list': {
      const node = choose(nodes.filter(isRequiredList), pick);
      if (!node) return null;
      return setIfFree(node.path, []);
    }
    case 'events-out-of-order': {
      const events = choose(
        nodes.filter(
          (n) =>
            n.key === 'events' &&
            Array.isArray(n.value) &&
            n.value.length >= 2 &&
            n.value.every((e) => isObject(e) && isDateObject(e.date)),
        ),
        pick,
      );
      if (!events) return null;
      const path = [...events.path, (events.value as unknown[]).length - 1, 'date'];
      return setIfFree(path, {
        ...(getAt(root, path) as object),
        value: '1900-01-01',
        precision: 'day',
      });
    }
    case 'planned-before-held': {
      const meetings: unknown[] = Array.isArray(root.meetings) ? root.meetings : [];
      const heldDialogues = new Set(
        meetings.flatMap((m) => (isObject(m) && m.status === 'held' ? [m.dialogue] : [])),
      );
      const indexes = meetings.flatMap((m, i) =>
        isObject(m) &&
        m.status === 'planned' &&
        heldDialogues.has(m.dialogue) &&
        isDateObject(m.date)
          ? [i]
          : [],
      );
      const index = choose(indexes, pick);
      if (index === undefined) return null;
      const date = getAt(root, ['meetings', index, 'date']) as object;
      return setIfFree(['meetings', index, 'date'], { ...date, value: '1900', precision: 'year' });
    }
    case 'duplicate-round': {
      const list = Array.isArray(root.meetings) ? root.meetings : [];
      const pairs: [number, number][] = [];
      list.forEach((a, i) =>
        list.forEach((b, j) => {
          if (
            i < j &&
            isObject(a) &&
            isObject(b) &&
            a.dialogue === b.dialogue &&
            typeof a.round === 'number' &&
            typeof b.round === 'number'
          )
            pairs.push([i, j]);
        }),
      );
      const pair = choose(pairs, pick);
      if (!pair) return null;
      return setIfFree(['meetings', pair[1], 'round'], (list[pair[0]] as { round: number }).round);
    }
    case 'precision-mismatch': {
      const node = choose(
        nodes.filter(
          (n) =>
            isDateObject(n.value) &&
            /^\d{4}(-\d{2}){0,2}$/.test((n.value as { value: string }).value),
        ),
        pick,
      );
      if (!node) return null;
      const date = node.value as { value: string; precision: string };
      const actual = ['year', 'month', 'day'][date.value.split('-').length - 1];
      const other = ['year', 'month', 'day'].filter((p) => p !== actual);
      return setIfFree([...node.path, 'precision'], choose(other, Number(value) || 0));
    }
    case 'replace-root':
      return null;
  }
}
