import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { abortPendingUrlUpdates } from './pending-url-updates';

// The first load imports the validator on demand (no Worker in happy-dom); on a busy 2-core CI machine
// that alone can pass the 1 s default, which would make findBy* flaky rather than wrong.
configure({ asyncUtilTimeout: 5000 });
// No layout, so nothing ever nears the viewport: without an IntersectionObserver every chart counts
// as near and is drawn (tests of the observer install their own).
Reflect.deleteProperty(globalThis, 'IntersectionObserver');
// happy-dom computes no display for phrasing elements (`""` where a browser says `inline`), so
// accessible names would gain a space at each one ("Open commitment : …", "“ broken.json ” was not
// opened"); the browsers' default, for the elements the app writes inside names and descriptions.
document.head.append(
  Object.assign(document.createElement('style'), {
    textContent:
      'a, abbr, b, bdi, cite, code, data, em, q, small, span, strong, time { display: inline; }',
  }),
  // Which of a phone's cards or a wider screen's table shows, as in the app (happy-dom's window is
  // 1024 px wide, so the tables): queries by role find one of them, not both.
  // (Read from disk: Vitest hands CSS imports, `?raw` ones too, over empty.)
  Object.assign(document.createElement('style'), {
    textContent: readFileSync(join(import.meta.dirname, '../../src/phone-layout.css'), 'utf8'),
  }),
);

// There is no server behind these tests: a request no test stubbed fails at once, as a relative URL
// did in jsdom, instead of happy-dom trying to reach localhost:3000.
globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch: no server in unit tests'));

afterEach(() => {
  abortPendingUrlUpdates();
});
