// A small XML writer for the Atom feed. Element and attribute names are the writer's own
// constants; only text and attribute values come from the dataset, and both pass through here.

/**
 * Characters XML 1.0 does not allow at all, not even as a character reference: C0 controls other
 * than tab, line feed and carriage return, U+FFFE, U+FFFF, and UTF-16 surrogates that are not
 * part of a pair (they cannot be written as UTF-8).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces each character XML 1.0 forbids with U+FFFD, so the gap stays visible; pure. */
export function replaceForbiddenXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // Escaped everywhere, so that "]]>" can never appear in character data.
  '>': '&gt;',
  // A parser turns a raw carriage return into a line feed; a reference keeps it.
  '\r': '&#13;',
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // A parser turns raw tabs and line breaks in an attribute value into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Text as XML character data: forbidden characters replaced, `& < >` and CR escaped; pure. */
export function escapeXmlText(text: string): string {
  return replaceForbiddenXmlCharacters(text).replace(
    /[&<>\r]/g,
    (character) => TEXT_ESCAPES[character] ?? character,
  );
}

/** Text as a double-quoted attribute value: as escapeXmlText, plus `"`, tab and line feed; pure. */
export function escapeXmlAttribute(text: string): string {
  return replaceForbiddenXmlCharacters(text).replace(
    /[&<>"\r\t\n]/g,
    (character) => ATTRIBUTE_ESCAPES[character] ?? character,
  );
}

/** An element to write: a name, attributes (undefined ones left out), and text or child elements. */
export type XmlNode = {
  name: string;
  attributes?: Readonly<Record<string, string | undefined>>;
  children?: string | readonly XmlNode[];
};

/**
 * One element and its descendants as XML, indented two spaces per level, text escaped; an element
 * with no children is self-closing.
 */
export function writeXmlElement(node: XmlNode, depth = 0): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  const { children } = node;
  if (children === undefined || children.length === 0) return `${open}/>`;
  if (typeof children === 'string') return `${open}>${escapeXmlText(children)}</${node.name}>`;
  const inner = children.map((child) => writeXmlElement(child, depth + 1)).join('\n');
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}

/** A whole XML 1.0 document in UTF-8: the declaration, the root element and a final newline. */
export function writeXmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${writeXmlElement(root)}\n`;
}
