import type { Dataset } from '../../shared/model/schema';
import { mergedHsds } from './model/export-hsds';
import type { MergeMode, OwnRecords } from '../../shared/model/own-data';

/**
 * Maps the merged data to HSDS off the main thread, like the checks: the page stays responsive
 * for a large sheet, and the mapper (with its UUID code) is its own bundle that neither the first
 * view nor the workbench loads before the owner asks for the file. No network code.
 */

export interface HsdsRequest {
  dataset: Dataset;
  own: OwnRecords;
  mode: MergeMode;
  today: string;
}

export type HsdsReply = { text: string; leftOut: number } | { error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<HsdsRequest>) => {
  const { dataset, own, mode, today } = event.data;
  try {
    const { text, result } = mergedHsds(dataset, own, mode, today);
    scope.postMessage({
      text,
      leftOut: result.leftOut.niet + result.leftOut.otherHelp,
    } satisfies HsdsReply);
  } catch (error) {
    scope.postMessage({
      error: error instanceof Error ? error.message : String(error),
    } satisfies HsdsReply);
  }
};
