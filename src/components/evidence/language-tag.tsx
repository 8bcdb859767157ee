import { isInterfaceLanguage } from '@/domain/quote-language';
import { languageName } from '@/lib/language-name';

export type LanguageTagProps = {
  /** The text's BCP 47 language tag; nothing is shown for the interface's own language. */
  language: string | null | undefined;
};

/** A small "Russian" tag over a text in a language other than the interface's. */
export function LanguageTag({ language }: LanguageTagProps) {
  if (!language || isInterfaceLanguage(language)) return null;
  return (
    <p className="mb-1">
      <span className="rounded border border-line px-1.5 text-xs text-muted not-italic">
        {languageName(language)}
      </span>
    </p>
  );
}
