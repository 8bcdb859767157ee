import type { ReactNode } from 'react';

export type FactListProps = { facts: readonly { term: string; value: ReactNode }[] };

/** Short labelled facts (term, then value), stacked on a phone and side by side from `sm`. */
export function FactList({ facts }: FactListProps) {
  return (
    <dl className="space-y-2">
      {facts.map((fact) => (
        <div key={fact.term} className="grid gap-x-3 sm:grid-cols-[9rem_1fr]">
          <dt className="text-sm text-muted">{fact.term}</dt>
          <dd className="text-sm wrap-anywhere">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
