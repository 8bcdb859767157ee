import { OfflineStatus } from '@/app/offline-status';

export function PageHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          Dialogue Tracker
        </p>
        <h1 className="mt-1 text-xl font-bold text-balance sm:text-3xl">
          United States–Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms
        </h1>
        <p className="mt-3 max-w-3xl text-muted">
          When the two governments met, what they discussed, and what happened to each reform that
          was promised — every fact with the source and verbatim quote behind it. The EU–Kazakhstan
          Human Rights Dialogue is included for comparison.
        </p>
        <OfflineStatus />
      </div>
    </header>
  );
}
