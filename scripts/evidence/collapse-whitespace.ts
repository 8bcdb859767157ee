/** The text with every run of white space (spaces, tabs, line breaks) as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
