/** A step into a JSON document: an object key or an array index. */
export type JsonStep = string | number;

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === 'object';
}

function hasStep(node: unknown, step: JsonStep): boolean {
  if (Array.isArray(node)) return typeof step === 'number' && step >= 0 && step < node.length;
  return isContainer(node) && Object.prototype.hasOwnProperty.call(node, String(step));
}

/** The value at `path` in `root`, or undefined when any step is missing. */
export function getAt(root: unknown, path: readonly JsonStep[]): unknown {
  let node = root;
  for (const step of path) {
    if (!hasStep(node, step)) return undefined;
    node = (node as Record<string, unknown>)[step as string];
  }
  return node;
}

/** Whether every step of `path` exists in `root` (the empty path always does). */
export function existsAt(root: unknown, path: readonly JsonStep[]): boolean {
  let node = root;
  for (const step of path) {
    if (!hasStep(node, step)) return false;
    node = (node as Record<string, unknown>)[step as string];
  }
  return true;
}

function parentOf(root: unknown, path: readonly JsonStep[]): Record<string, unknown> {
  const parent = getAt(root, path.slice(0, -1));
  if (!isContainer(parent)) throw new Error(`no container at ${JSON.stringify(path)}`);
  return parent as Record<string, unknown>;
}

/** Sets the value at `path` (its parent must exist), in place. */
export function setAt(root: unknown, path: readonly JsonStep[], value: unknown): void {
  const last = path.at(-1);
  if (last === undefined) throw new Error('cannot set the root in place');
  // defineProperty, not assignment, so a "__proto__" key becomes an own property as in JSON.parse.
  Object.defineProperty(parentOf(root, path), last, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Removes the key (or array element) at `path`, in place. */
export function deleteAt(root: unknown, path: readonly JsonStep[]): void {
  const last = path.at(-1);
  if (last === undefined) throw new Error('cannot delete the root');
  const parent = parentOf(root, path);
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
}

/** Appends to the array at `path`, in place. */
export function pushAt(root: unknown, path: readonly JsonStep[], value: unknown): void {
  const list = getAt(root, path);
  if (!Array.isArray(list)) throw new Error(`no array at ${JSON.stringify(path)}`);
  list.push(value);
}

/** A deep copy through JSON, as a file would give it. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const STEP = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
const FIRST_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*/;

/**
 * Parses a path as `formatJsonPath` writes it (`meetings[2].date`, `meta["a b"]`, `(root)`) back
 * into steps; null when the text is not such a path.
 */
export function parseJsonPath(text: string): JsonStep[] | null {
  if (text === '(root)') return [];
  const steps: JsonStep[] = [];
  let index = 0;
  const first = FIRST_KEY.exec(text);
  if (first) {
    steps.push(first[0]);
    index = first[0].length;
  }
  while (index < text.length) {
    STEP.lastIndex = index;
    const match = STEP.exec(text);
    if (!match) return null;
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(JSON.parse(match[3] ?? '""') as string);
    index = STEP.lastIndex;
  }
  return steps.length > 0 ? steps : null;
}
