import { useState } from 'react';
import type { Dataset } from '../../shared/model/schema';
import { downloadText } from '../../shared/ui/download';
import type { MergeMode, OwnRecords } from '../../shared/model/own-data';
import { runHsds } from './run-hsds';
import { strings } from './strings';

/**
 * "HSDS downloaden": the merged data as Open Referral HSDS. The mapper (and its UUID code) runs
 * in a worker started on the click (see hsds.worker.ts), so neither the first view nor the
 * workbench pays for it before it is wanted. Says how many claims HSDS cannot hold, so nothing
 * goes missing unsaid.
 */
export function HsdsDownload({
  dataset,
  own,
  mode,
  today,
}: {
  dataset: Dataset;
  own: OwnRecords;
  mode: MergeMode;
  today: string;
}) {
  const t = strings.export.hsds;
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed' } | { kind: 'done'; left: number }
  >({ kind: 'idle' });
  return (
    <div className="workbench__hsds">
      <button
        type="button"
        aria-describedby="workbench-hsds-hint"
        aria-disabled={state.kind === 'busy'}
        onClick={() => {
          if (state.kind === 'busy') return;
          setState({ kind: 'busy' });
          runHsds({ dataset, own, mode, today }).then(
            ({ text, leftOut }) => {
              downloadText(t.fileName(today), text, 'application/json');
              setState({ kind: 'done', left: leftOut });
            },
            (error: unknown) => {
              console.error(error);
              setState({ kind: 'failed' });
            },
          );
        }}
      >
        {state.kind === 'busy' ? t.busy : t.button}
      </button>
      <p id="workbench-hsds-hint">{t.hint}</p>
      {state.kind === 'done' && state.left > 0 ? (
        <p role="status">{t.leftOut(state.left)}</p>
      ) : null}
      {state.kind === 'failed' ? <p role="alert">{t.failed}</p> : null}
    </div>
  );
}
