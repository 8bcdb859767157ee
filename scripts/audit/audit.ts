// Audits the shipped (non-dev) dependencies: fails on any high or critical advisory.
// Usage: npm run audit            (AUDIT_REQUIRED=1 also fails when the advisory service is unreachable)
import { spawnSync } from 'node:child_process';
import { readAuditReport } from './audit-report.ts';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
const verdict = readAuditReport(run.stdout || run.stderr || '');

switch (verdict.kind) {
  case 'clean':
    console.log(
      `✔ npm audit: no high or critical advisories (${verdict.total} lower) in shipped dependencies`,
    );
    break;
  case 'vulnerable':
    console.error(
      `✖ npm audit: ${verdict.critical} critical and ${verdict.high} high advisories in shipped dependencies; run \`npm audit --omit=dev\``,
    );
    process.exitCode = 1;
    break;
  case 'unavailable':
    console.warn(
      `⚠ npm audit could NOT run — the dependencies were NOT audited. Reason: ${verdict.reason}`,
    );
    if (process.env.AUDIT_REQUIRED === '1') process.exitCode = 1;
    break;
}
