export const DETAIL_KINDS = [
  'meeting',
  'commitment',
  'topic',
  'source',
  'changes',
  'review',
  'contact',
  'person',
] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];
export type DetailTarget = { kind: DetailKind; id: string };

/** Reads `kind:id`; anything else (unknown kind, no id) is null. */
export function parseDetail(value: string | null): DetailTarget | null {
  if (!value) return null;
  const separator = value.indexOf(':');
  const kind = value.slice(0, separator);
  const id = value.slice(separator + 1);
  if (separator < 1 || id === '' || !(DETAIL_KINDS as readonly string[]).includes(kind))
    return null;
  return { kind: kind as DetailKind, id };
}

/** Writes a detail target as `kind:id`. */
export function serializeDetail(target: DetailTarget): string {
  return `${target.kind}:${target.id}`;
}
