import { APP_TITLE, pageTitle } from '../../src/view/pages';
import {
  DEFERRED_LAYOUT_CSS,
  disableControls,
  EMPTY_ROOT,
  extractInlineStyles,
  injectPrerenderedView,
} from '../../scripts/prerender';

const page = (root = EMPTY_ROOT) =>
  `<!doctype html><html><head></head><body>${root}<script type="module" src="/a.js"></script></body></html>`;

describe('injectPrerenderedView', () => {
  it('fills the empty root and marks it with the render date', () => {
    const view = injectPrerenderedView(page(), {
      html: '<h1>Hi $&</h1>',
      renderedOn: '2026-11-22',
    });
    expect(view).toContain(
      '<div id="root" data-prerendered="2026-11-22" data-prerendered-page="overview" data-deferred-layout=""><h1>Hi $&</h1></div>',
    );
  });

  it("marks another page's markup with that page, and gives it the page's title", () => {
    const html = `<title>${APP_TITLE}</title>${EMPTY_ROOT}`;
    const view = injectPrerenderedView(
      html,
      { html: '<p>x</p>', renderedOn: '2026-11-22' },
      'topics',
    );
    expect(view).toContain('data-prerendered-page="topics"');
    expect(view).toContain(`<title>${pageTitle('topics')}</title>`);
    expect(view).not.toContain(`<title>${APP_TITLE}</title>`);
  });

  it('refuses a page without exactly one empty root', () => {
    const view = { html: '<p>x</p>', renderedOn: '2026-11-22' };
    expect(() => injectPrerenderedView(page('<div id="root"><p></p></div>'), view)).toThrow(
      'exactly once (found 0)',
    );
    expect(() => injectPrerenderedView(page(EMPTY_ROOT + EMPTY_ROOT), view)).toThrow('found 2');
  });

  it('refuses markup where a Suspense boundary fell back to client rendering', () => {
    expect(() =>
      injectPrerenderedView(page(), {
        html: '<main><!--$!--><template></template><!--/$--></main>',
        renderedOn: '2026-11-22',
      }),
    ).toThrow('Suspense boundary');
    expect(() => injectPrerenderedView(page(), { html: ' ', renderedOn: '2026-11-22' })).toThrow(
      'empty',
    );
  });
});

describe('extractInlineStyles', () => {
  it('moves each distinct style attribute into one rule, decoding entities', () => {
    const { html, css } = extractInlineStyles(
      '<div style="height:290px"></div><span style="font-family:&quot;A B&quot;"></span><div style="height:290px"></div>',
    );
    expect(html).toBe(
      '<div data-prerendered-style="0"></div><span data-prerendered-style="1"></span><div data-prerendered-style="0"></div>',
    );
    expect(css).toBe(
      '[data-prerendered-style="0"]{height:290px}\n[data-prerendered-style="1"]{font-family:"A B"}',
    );
  });

  it('leaves text that merely mentions style alone', () => {
    const markup = '<p>the style=&quot;x&quot; attribute</p>';
    expect(extractInlineStyles(markup)).toEqual({ html: markup, css: '' });
  });

  it('refuses a declaration that could close the rule', () => {
    expect(() => extractInlineStyles('<i style="a:b}body{c:d"></i>')).toThrow('Unexpected style');
  });
});

describe('disableControls', () => {
  it('disables buttons and fields until the app starts, marking the ones it disabled', () => {
    expect(
      disableControls(
        '<button type="button">Go</button><input type="checkbox"/><input type="hidden" value="1"/><button disabled="">Off</button><select><option>a</option></select>',
      ),
    ).toBe(
      '<button type="button" disabled="" data-prerender-disabled="">Go</button><input type="checkbox" disabled="" data-prerender-disabled=""/><input type="hidden" value="1"/><button disabled="">Off</button><select disabled="" data-prerender-disabled=""><option>a</option></select>',
    );
  });

  it('does not touch elements whose names only start like a control', () => {
    expect(disableControls('<buttons></buttons><inputs/>')).toBe('<buttons></buttons><inputs/>');
  });
});

describe('DEFERRED_LAYOUT_CSS', () => {
  it('only applies while the root carries the marker', () => {
    expect(DEFERRED_LAYOUT_CSS).toMatch(/^#root\[data-deferred-layout\] /);
  });
});
