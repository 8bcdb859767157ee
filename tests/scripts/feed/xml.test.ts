import {
  escapeXmlAttribute,
  escapeXmlText,
  replaceForbiddenXmlCharacters,
  writeXmlDocument,
  writeXmlElement,
} from '../../../scripts/feed/xml';
import { HOSTILE } from '../../fixtures/datasets/hostile-valid-dataset';

/** Text no XML writer should trust: markup, CDATA ends, entities, controls, lone surrogates. */
const NASTY = [
  ...Object.values(HOSTILE),
  ']]>',
  'a ]]> b <![CDATA[ c ]]>',
  '&amp; &lt; &#0; &#x1F; &bogus;',
  '"double" \'single\' <tag attr="x">',
  'tab\tnew line\ncarriage return\r\nend',
  'NUL\u0000 BEL\u0007 VT\u000b FF\u000c ESC\u001b US\u001f',
  'non-characters \uFFFE \uFFFF',
  'lone high \uD83D then text, lone low \uDE00 here',
  'RTL override \u202Eevil\u202C and zero width \u200D joiner',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
];

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');
const parseError = (xml: string) => parse(xml).getElementsByTagName('parsererror')[0]?.textContent;

describe(replaceForbiddenXmlCharacters, () => {
  it.each([
    ['a\u0000b', 'a\uFFFDb'],
    ['\u0001\u0008\u000b\u000c\u000e\u001f', '\uFFFD'.repeat(6)],
    ['tab\t lf\n cr\r', 'tab\t lf\n cr\r'],
    ['\uFFFE\uFFFF', '\uFFFD\uFFFD'],
    ['\uD83D', '\uFFFD'],
    ['\uDE00x', '\uFFFDx'],
    ['😀 👩‍👩‍👧‍👦', '😀 👩‍👩‍👧‍👦'],
    ['\u007f\u0085\u2028', '\u007f\u0085\u2028'],
    ['', ''],
  ])('turns %j into %j', (input, output) => {
    expect(replaceForbiddenXmlCharacters(input)).toBe(output);
  });
});

describe(escapeXmlText, () => {
  it('escapes markup characters and never leaves "]]>"', () => {
    expect(escapeXmlText('<a href="x">&</a> ]]>')).toBe('&lt;a href="x"&gt;&amp;&lt;/a&gt; ]]&gt;');
  });

  it('keeps a carriage return through parsing as a reference', () => {
    expect(escapeXmlText('a\r\nb')).toBe('a&#13;\nb');
  });
});

describe(escapeXmlAttribute, () => {
  it('escapes quotes and the white space a parser would fold into spaces', () => {
    expect(escapeXmlAttribute(`"it's" <&>\t\n\r`)).toBe(
      "&quot;it's&quot; &lt;&amp;&gt;&#9;&#10;&#13;",
    );
  });
});

describe(writeXmlElement, () => {
  it('writes nested elements, leaves out undefined attributes and closes empty ones', () => {
    expect(
      writeXmlElement({
        name: 'a',
        attributes: { x: '1', y: undefined },
        children: [{ name: 'b', children: 'text' }, { name: 'c' }],
      }),
    ).toBe('<a x="1">\n  <b>text</b>\n  <c/>\n</a>');
  });

  it.each(NASTY)('writes hostile text that parses back as the same text: %j', (nasty) => {
    const xml = writeXmlDocument({
      name: 'root',
      attributes: { title: nasty },
      children: [{ name: 'text', children: nasty }],
    });
    expect(parseError(xml)).toBeUndefined();
    const root = parse(xml).documentElement;
    const expected = replaceForbiddenXmlCharacters(nasty);
    // An XML element, which jest-dom's matchers do not take.
    expect(root.attributes.getNamedItem('title')?.value).toBe(expected);
    expect(root.firstElementChild?.textContent).toBe(expected);
    expect(root.children).toHaveLength(1);
  });
});

describe(writeXmlDocument, () => {
  it('declares XML 1.0 in UTF-8 and ends with a newline', () => {
    expect(writeXmlDocument({ name: 'x' })).toBe('<?xml version="1.0" encoding="utf-8"?>\n<x/>\n');
  });
});
