import { useState } from 'react';
import { formatDate } from '../../shared/model/dates';
import { ownDataStore } from '../../shared/state/own-data';
import { strings } from './strings';

/**
 * The owner's choice to keep their rows in this browser (localStorage), so the map still shows
 * them after a reload or offline. Off until they choose it: a shared computer forgets by itself.
 */
export function KeepChoice({ kept }: { kept: string | undefined }) {
  const [failed, setFailed] = useState(false);
  const t = strings.keep;
  return (
    <div className="workbench__keep">
      <label className="workbench__check">
        <input
          type="checkbox"
          checked={kept !== undefined}
          aria-describedby="workbench-keep-hint"
          onChange={(event) => {
            setFailed(ownDataStore.keep(event.currentTarget.checked) === 'mislukt');
          }}
        />
        {t.label}
      </label>
      <p id="workbench-keep-hint" className="workbench__hint">
        {kept ? t.keptSince(formatDate(kept)) : t.hint}
      </p>
      {failed ? (
        <p role="alert" className="workbench__error">
          {t.failed}
        </p>
      ) : null}
    </div>
  );
}
