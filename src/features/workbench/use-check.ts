import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { boundariesQuery, postcodesQuery } from '../../shared/data/queries';
import { shapesFromGeoJson } from '../../shared/intake/polygon';
import type { Gemeente } from '../../shared/model/schema';
import type { CheckRequest, CheckResponse } from './check.worker';
import type { CheckResult, LoadedFile, WorkbenchReference } from './model/check-files';

/** What the view shows while files are checked. */
export type CheckState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'done'; result: CheckResult }
  | { phase: 'failed' };

/**
 * Runs the checks in a Web Worker. The postcode table and the gemeente boundaries are only
 * needed for place files; they come from the app's own data (cached for offline use), and a
 * sheet is still checked when they cannot be loaded.
 */
export function useCheck(gemeenten: readonly Gemeente[], today: string) {
  const client = useQueryClient();
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);

  useEffect(
    () => () => {
      worker.current?.terminate();
    },
    [],
  );

  const check = useCallback(
    async (picked: readonly File[]) => {
      const id = (latest.current += 1);
      setState({ phase: 'checking' });
      const files: LoadedFile[] = await Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const [postcodes, boundaries] = await Promise.all([
        client.query(postcodesQuery).catch(() => undefined),
        client.query(boundariesQuery('gemeenten')).catch(() => undefined),
      ]);
      const reference: WorkbenchReference = {
        gemeenten: gemeenten.map(({ code, name, label }) => ({ code, name, label })),
        ...(postcodes ? { postcodes } : {}),
        ...(boundaries
          ? {
              shapes: shapesFromGeoJson(boundaries),
            }
          : {}),
      };
      worker.current ??= new Worker(new URL('./check.worker.ts', import.meta.url), {
        type: 'module',
      });
      const running = worker.current;
      running.onmessage = (event: MessageEvent<CheckResponse>) => {
        if (event.data.id !== latest.current) return;
        setState(
          'result' in event.data
            ? { phase: 'done', result: event.data.result }
            : { phase: 'failed' },
        );
      };
      running.onerror = () => {
        setState({ phase: 'failed' });
      };
      running.postMessage(
        { id, files, reference, today } satisfies CheckRequest,
        files.map((f) => f.bytes.buffer as ArrayBuffer),
      );
    },
    [client, gemeenten, today],
  );

  const clear = useCallback(() => {
    latest.current += 1;
    setState({ phase: 'idle' });
  }, []);

  return { state, check, clear };
}
