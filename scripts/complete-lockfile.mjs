// The package mirror this project is built with serves only the Linux x64 builds of packages that
// ship per-platform binaries (the other platforms answer 404). `npm install` then leaves those
// optional dependencies out of package-lock.json, and `npm ci` refuses the lock file as "missing"
// them. This script adds a lock entry, with the platform it is for, for each such optional
// dependency: npm skips a package whose os/cpu do not match the machine, so Linux installs never
// fetch them, and other machines fetch them from their own registry as usual.
// Usage (after any `npm install`): node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = 'package-lock.json';
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU = [
  'arm64',
  'x64',
  'ia32',
  'arm',
  'loong64',
  'ppc64',
  'riscv64',
  's390x',
  'mips64el',
  'wasm32',
];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OS.includes(part) || part === 'win32');
  const cpu =
    parts.find((part) => CPU.includes(part)) ?? (parts.includes('universal') ? 'arm64' : undefined);
  const libc =
    parts.includes('musl') || parts.includes('musleabihf')
      ? 'musl'
      : parts.includes('gnu') || parts.includes('gnueabihf')
        ? 'glibc'
        : undefined;
  if (parts.includes('wasm32') || parts.includes('wasi')) return { cpu: ['wasm32'] };
  if (!os && !cpu) return null;
  return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }), ...(libc && { libc: [libc] }) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) {
      console.warn(
        `left alone: ${name} (optional dependency of ${path || 'the root'}; platform unknown)`,
      );
      continue;
    }
    packages[hoisted] = {
      version: String(spec).replace(/^[\^~=]/, ''),
      ...(entry.dev && { dev: true }),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries to ${LOCK}`);
