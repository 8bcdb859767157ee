let rules: Intl.PluralRules | undefined;

/** The form of an English word for `count`: `one` for 1, `other` for 0, 2 and more. */
export function plural(count: number, one: string, other: string): string {
  rules ??= new Intl.PluralRules('en');
  return rules.select(count) === 'one' ? one : other;
}

/** `count` followed by the noun's form for it: `countNoun(2, 'topic', 'topics')` is "2 topics". */
export function countNoun(count: number, one: string, other: string): string {
  return `${count} ${plural(count, one, other)}`;
}
