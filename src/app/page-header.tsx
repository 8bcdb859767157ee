import { OfflineStatus } from '@/app/offline-status';

export function PageHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-2 sm:px-6 sm:py-3">
        <p className="text-xs font-semibold tracking-wide text-accent uppercase">
          Dialogue Tracker
          <span className="hidden sm:inline"> · every fact with its source and verbatim quote</span>
        </p>
        <h1 className="text-base/snug font-bold text-balance sm:text-xl">
          United States–Kazakhstan High-Level Dialogue on Human Rights and Democratic Reforms
        </h1>
        <OfflineStatus />
      </div>
    </header>
  );
}
