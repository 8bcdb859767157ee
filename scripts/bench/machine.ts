import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export type MachineInfo = {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
  lighthouse: string;
  playwright: string;
  /** 1-minute load average when the bench started: other work on the host skews the figures. */
  loadAtStart: number;
  commit: string;
};

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function osName(): string {
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readText('/etc/os-release'))?.[1];
  return `${pretty ?? process.platform} (${process.platform} ${process.arch})`;
}

/** The checked-out commit, read from .git directly (no git process): HEAD, its ref, or packed-refs. */
export function gitCommit(root = '.'): string {
  const gitDir = join(root, '.git');
  const head = readText(join(gitDir, 'HEAD')).trim();
  if (!head) return 'unknown';
  if (!head.startsWith('ref: ')) return head.slice(0, 12);
  const ref = head.slice('ref: '.length);
  const loose = readText(join(gitDir, ref)).trim();
  if (loose) return `${loose.slice(0, 12)} (${ref.replace('refs/heads/', '')})`;
  const packed = readText(join(gitDir, 'packed-refs'))
    .split('\n')
    .find((line) => line.endsWith(` ${ref}`));
  return packed ? `${packed.slice(0, 12)} (${ref.replace('refs/heads/', '')})` : 'unknown';
}

function packageVersion(name: string): string {
  const file = join('node_modules', name, 'package.json');
  if (!existsSync(file)) return 'not installed';
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
}

function chromiumVersion(chromePath: string): string {
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: 'pipe' })
      .trim()
      .replace(/ built on .*$/, '');
  } catch {
    return `unknown (${chromePath})`;
  }
}

/** The host and tool versions the figures were measured with. */
export function describeMachine(chromePath: string): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(chromePath),
    lighthouse: packageVersion('lighthouse'),
    playwright: packageVersion('@playwright/test'),
    loadAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    commit: gitCommit(),
  };
}
