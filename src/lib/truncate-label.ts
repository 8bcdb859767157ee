/** A label cut to `max` characters with an ellipsis, for axis ticks; shorter labels are unchanged. */
export function truncateLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
