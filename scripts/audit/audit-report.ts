/** What one `npm audit --json` run came to. */
export type AuditVerdict =
  | { kind: 'clean'; total: number }
  | { kind: 'vulnerable'; high: number; critical: number; total: number }
  | { kind: 'unavailable'; reason: string };

type AuditJson = {
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
  error?: { summary?: string };
};

/**
 * Reads `npm audit --json` output: high or critical advisories fail; an advisory service that
 * cannot be reached (this project's registry mirror answers 405) is reported as unavailable, never
 * as clean.
 */
export function readAuditReport(output: string): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(output) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON: ${output.slice(0, 200)}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) {
    const reason = json.message ?? json.error?.summary ?? 'no vulnerability counts in the report';
    return { kind: 'unavailable', reason };
  }
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  const total =
    counts.total ?? Object.values(counts).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
  return high + critical > 0
    ? { kind: 'vulnerable', high, critical, total }
    : { kind: 'clean', total };
}
