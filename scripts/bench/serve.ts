import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';

export type Served = { url: string; close: () => Promise<void> };

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Serves a built app from `dir` exactly as `vite preview` does (gzip, SPA fallback, the project's
 * preview headers) on a free port of 127.0.0.1. If the project's Vite config cannot be loaded
 * (it may be mid-edit), falls back to Vite's defaults, which serve the same files.
 */
export async function serveBuild(dir: string, log: (line: string) => void): Promise<Served> {
  const port = await freePort();
  const options = {
    root: process.cwd(),
    logLevel: 'warn' as const,
    build: { outDir: resolve(dir) },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  };
  let server;
  try {
    server = await preview(options);
  } catch (error) {
    log(`vite preview with the project config failed (${String(error)}); using Vite's defaults`);
    server = await preview({ ...options, configFile: false });
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  return { url, close: () => server.close() };
}

/** A private copy of a directory under the OS temp dir, removed by `dispose`. */
export function snapshotDir(source: string, label: string): { dir: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  const dir = join(root, 'dist');
  cpSync(source, dir, { recursive: true });
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
