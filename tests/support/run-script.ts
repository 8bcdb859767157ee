import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO = resolve('.');

/**
 * Runs one of `scripts/` as its `npm run` entry does (tsx with the scripts' tsconfig), from `cwd`
 * (the repository by default). The local tsx binary, not `npx tsx`: npx's own start-up cost about
 * half a second of CPU a run, and the unit suite starts these scripts about twenty times.
 */
export function runScript(script: string, args: readonly string[], cwd = REPO) {
  const run = spawnSync(
    join(REPO, 'node_modules/.bin/tsx'),
    ['--tsconfig', join(REPO, 'tsconfig.node.json'), join(REPO, script), ...args],
    { cwd, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
