import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, type Rollup } from 'vite';
import { CHROMIUM_FLAGS } from '../chromium-flags';
import { benchDatasetText } from './generator';
import { SCALE_TIMEOUT_MS, type ScaleRunner } from './pipeline';
import type { PipelinePageWindow } from './pipeline-page';

const PAGE_ENTRY = 'scripts/bench/pipeline-page.ts';
const PAGE_HTML =
  '<!doctype html><meta charset="utf-8"><title>pipeline</title><script src="/pipeline.js"></script>';

/**
 * The page's script as one IIFE, built by Vite with the app's alias and Vite's default target and
 * minifier, so Chromium runs the pipeline code as the production build ships it.
 */
export async function bundlePipelinePage(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    mode: 'production',
    // Library mode leaves process.env.NODE_ENV in dependencies' code; the app build replaces it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { alias: { '@': resolve('src') } },
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(PAGE_ENTRY), formats: ['iife'], name: 'pipelineBench' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunk = outputs
    .flatMap((result) => result.output)
    .find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
  if (!chunk) throw new Error(`Vite produced no script for ${PAGE_ENTRY}`);
  return chunk.code;
}

/** Serves the page, its script and whatever dataset text `data()` holds, on 127.0.0.1. */
function servePage(script: string, data: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [type, body] =
      path === '/pipeline.js'
        ? ['text/javascript', script]
        : path === '/data.json'
          ? ['application/json', data()]
          : ['text/html', PAGE_HTML];
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
    response.end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}/`, server });
    });
  });
}

/**
 * Chromium, ready to time the pipeline: each scale runs in a new browser context (its own renderer
 * process, so a fresh heap and JIT, as Node gets a fresh process per scale). `close` ends it all.
 */
export async function openChromiumPipeline(
  chromePath: string,
): Promise<{ version: string; runScale: ScaleRunner; close: () => Promise<void> }> {
  const script = await bundlePipelinePage();
  let text = '';
  const { url, server } = await servePage(script, () => text);
  const browser = await chromium
    .launch({ executablePath: chromePath, args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'] })
    .catch((error: unknown) => {
      server.close();
      throw error;
    });
  const runScale: ScaleRunner = async (scale, repeats) => {
    text = await benchDatasetText(scale);
    const context = await browser.newContext();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void context.close();
    }, SCALE_TIMEOUT_MS);
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(url);
      const ready = await page.evaluate(() => '__pipelineBench' in window);
      if (!ready)
        throw new Error(
          `the pipeline page did not start: ${pageErrors.join('; ') || 'no error shown'}`,
        );
      const runs = await page.evaluate(
        (request) => (window as unknown as PipelinePageWindow).__pipelineBench(request),
        {
          dataUrl: '/data.json',
          repeats,
          referenceDate: new Date().toISOString().slice(0, 10),
        },
      );
      return { scale, bytes: Buffer.byteLength(text), ...runs };
    } catch (error) {
      if (timedOut) throw new Error(`stopped after ${SCALE_TIMEOUT_MS / 60_000} minutes`);
      throw error;
    } finally {
      clearTimeout(timer);
      await context.close();
      text = '';
    }
  };
  return {
    version: `Chromium ${browser.version()}`,
    runScale,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
