// `npm start`: builds the dashboard if the build is missing or older than its sources, then serves
// the built files with `vite preview` and prints the local URL.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/prerender.ts',
  // The page's meta CSP is built from scripts/hosting/security-headers.ts.
  'scripts/hosting',
  'package-lock.json',
];
const BUILT = 'dist/index.html';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const stale = !existsSync(BUILT) || statSync(BUILT).mtimeMs < Math.max(...INPUTS.map(newestMtime));
if (stale) {
  console.log('Building the dashboard (first start or changed sources)…');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '4173';
console.log('Serving the built dashboard: open the Local address printed below (Ctrl+C to stop).');
const server = spawn(
  npm,
  ['exec', '--', 'vite', 'preview', '--port', port, '--host', '127.0.0.1'],
  {
    stdio: 'inherit',
  },
);
server.on('exit', (code) => process.exit(code ?? 0));
