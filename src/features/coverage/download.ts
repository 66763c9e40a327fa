import { fetchBoundaries } from '../../shared/data/queries';
import { downloadText } from '../../shared/ui/download';
import { joinCoverageGeojson } from './model/export-geojson';
import type { CoverageRow } from './model/table-rows';

/** Byte order mark, so Excel reads the CSV as UTF-8 and shows names like Súdwest-Fryslân right. */
const UTF8_BOM = '\uFEFF';

/** Downloads the CSV text (see coverageCsv) with a BOM for Excel. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadText(fileName, `${UTF8_BOM}${csv}`, 'text/csv;charset=utf-8');
}

/**
 * Fetches the gemeente boundaries the map uses (with the time-out of every data file), adds the
 * coverage and downloads the result. Rejects when the file cannot be loaded or is not a
 * FeatureCollection, so the button can say so.
 */
export async function downloadCoverageGeojson(
  fileName: string,
  rows: readonly CoverageRow[],
): Promise<void> {
  const body = await fetchBoundaries('gemeenten');
  downloadText(fileName, JSON.stringify(joinCoverageGeojson(body, rows)), 'application/geo+json');
}
