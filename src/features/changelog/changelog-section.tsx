import { useEffect, useId, useMemo } from 'react';
import { sanitizeSince } from '@/view/filters';
import { useChangelogSince } from '@/view/use-view-params';
import { useView } from '@/view/use-view';
import { formatPartialDate } from '@/lib/dates';
import { idFromOptionValue, idOptionValue } from '@/lib/option-value';
import { changesSince, listChangelog } from '@/features/changelog/changelog-series';
import { PanelSection } from '@/components/ui/panel-section';

const ALL_VERSIONS = 'all';

/**
 * The dataset's versions and what each changed, newest first, with how to cite a version. The
 * version picked in "Show changes since version" is the `since` URL parameter, so a link keeps it.
 */
export function ChangelogSection() {
  const {
    dataset: { meta },
  } = useView();
  const [requested, setRequested] = useChangelogSince();
  const selectId = useId();
  const versions = useMemo(() => listChangelog(meta), [meta]);
  const since = useMemo(
    () =>
      sanitizeSince(
        requested,
        versions.map((entry) => entry.version),
      ),
    [requested, versions],
  );
  const entries = useMemo(
    () => (since === null ? versions : changesSince(meta, since)),
    [meta, versions, since],
  );

  // A link naming a version this dataset does not have is rewritten without it, in place.
  useEffect(() => {
    if (requested !== null && since === null) void setRequested(null, { history: 'replace' });
  }, [requested, since, setRequested]);

  return (
    <PanelSection name="changelog" anchored title="Dataset changelog">
      <p className="mt-1 text-sm text-muted">
        Current version {meta.version}, updated {formatPartialDate(meta.updated)}. Cite the version
        you used; later versions may add or correct records.
      </p>
      {versions.length > 1 && (
        <div className="mt-3 flex flex-col text-sm">
          <label htmlFor={selectId} className="text-xs text-muted">
            Show changes since version
          </label>
          <select
            id={selectId}
            value={since === null ? ALL_VERSIONS : idOptionValue(since)}
            onChange={(event) => void setRequested(idFromOptionValue(event.target.value))}
            className="mt-0.5 min-h-9 w-fit rounded-md border border-line bg-surface px-2 text-ink"
          >
            <option value={ALL_VERSIONS}>All versions</option>
            {versions.map((entry) => (
              <option key={entry.version} value={idOptionValue(entry.version)}>
                {entry.version}
              </option>
            ))}
          </select>
        </div>
      )}
      {entries.length === 0 ? (
        <p role="status" className="mt-3 text-sm">
          Nothing has changed since version {since}: it is the current version.
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
    </PanelSection>
  );
}
