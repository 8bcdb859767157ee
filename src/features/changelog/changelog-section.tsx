import { useId, useMemo, useState } from 'react';
import { useViewDataset } from '@/filters/use-view-dataset';
import { formatPartialDate } from '@/lib/dates';
import { changesSince, listChangelog } from '@/features/changelog/changelog-series';

const ALL_VERSIONS = '';

/** The dataset's versions and what each changed, newest first, with how to cite a version. */
export function ChangelogSection() {
  const { meta } = useViewDataset();
  const [citedVersion, setCitedVersion] = useState(ALL_VERSIONS);
  const selectId = useId();
  const versions = useMemo(() => listChangelog(meta), [meta]);
  const entries = useMemo(
    () => (citedVersion === ALL_VERSIONS ? versions : changesSince(meta, citedVersion)),
    [meta, versions, citedVersion],
  );

  return (
    <section aria-labelledby="changelog-title" className="mt-12">
      <h2 id="changelog-title" className="text-xl font-semibold">
        Dataset changelog
      </h2>
      <p className="mt-1 text-sm text-muted">
        Current version {meta.version}, updated {formatPartialDate(meta.updated)}. Cite the version
        you used; later versions may add or correct records.
      </p>
      {versions.length > 1 && (
        <div className="mt-3 flex flex-col text-sm">
          <label htmlFor={selectId} className="text-xs text-muted">
            Show what changed after the version you cited
          </label>
          <select
            id={selectId}
            value={citedVersion}
            onChange={(event) => setCitedVersion(event.target.value)}
            className="mt-0.5 min-h-9 w-fit rounded-md border border-line bg-surface px-2 text-ink"
          >
            <option value={ALL_VERSIONS}>All versions</option>
            {versions.map((entry) => (
              <option key={entry.version} value={entry.version}>
                {entry.version}
              </option>
            ))}
          </select>
        </div>
      )}
      {entries.length === 0 ? (
        <p role="status" className="mt-3 text-sm">
          Nothing has changed since version {citedVersion}: it is the current version.
        </p>
      ) : (
        <ol aria-label="Dataset versions, newest first" className="mt-3 space-y-3">
          {entries.map((entry) => (
            <li key={entry.version} className="rounded-lg border border-line bg-surface p-3">
              <h3 className="font-semibold">
                Version {entry.version}
                {entry.version === meta.version && (
                  <span className="font-normal text-muted"> (current)</span>
                )}
              </h3>
              <p className="text-sm text-muted">{formatPartialDate(entry.date)}</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                {entry.changes.map((change, index) => (
                  <li key={index}>{change}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
