import {
  checkFiles,
  type CheckResult,
  type LoadedFile,
  type WorkbenchReference,
} from './model/check-files';

/**
 * Checks loaded files off the main thread, so the page stays responsive for a sheet of 10,000
 * rows. Nothing leaves the browser: the worker has no network code, it only answers the page.
 */

export interface CheckRequest {
  id: number;
  files: LoadedFile[];
  reference: WorkbenchReference;
  today: string;
}

export type CheckResponse = { id: number; result: CheckResult } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, files, reference, today } = event.data;
  try {
    const result = checkFiles(files, reference, today, () => performance.now());
    scope.postMessage({ id, result } satisfies CheckResponse);
  } catch (error) {
    scope.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies CheckResponse);
  }
};
