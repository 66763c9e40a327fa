import { hsdsJson, toHsds } from '../../../shared/model/hsds';
import type { HsdsResult } from '../../../shared/model/hsds-types';
import type { Dataset } from '../../../shared/model/schema';
import { mergedData, type MergeMode, type OwnRecords } from '../../../shared/model/own-data';

/**
 * The owner's view as Open Referral HSDS: the merged records (or the owner's alone), mapped by
 * the same mapper as the build's public/data/hsds.json, with the owner's rows marked as theirs
 * and every claim aged on `today`. Loaded only when the owner asks for it (its own chunk).
 */
export interface HsdsExport {
  text: string;
  result: HsdsResult;
}

export function mergedHsds(
  dataset: Dataset,
  own: OwnRecords,
  mode: MergeMode,
  today: string,
): HsdsExport {
  const data = mergedData(dataset, own, mode);
  const ownIds = new Set([...own.evidence, ...own.services, ...own.locations].map((r) => r.id));
  const result = toHsds(
    { gemeenten: dataset.gemeenten, documents: dataset.documents, ...data },
    { today, ownIds },
  );
  return { text: hsdsJson(result), result };
}
