import { writeCsv } from '../../../shared/intake/csv-write';
import { columnNames, curatedFileSpec } from '../../../shared/intake/datapackage';
import { evidenceRow, locationRow, serviceRow } from '../../../shared/intake/record-rows';
import type { CoverageState } from '../../../shared/model/coverage';
import { PLACE_KINDS, type Dataset } from '../../../shared/model/schema';
import { mergedData, type MergeMode, type OwnRecords } from '../../../shared/model/own-data';
import type { Comparison } from './merge';

/**
 * What the owner takes away: evidence.csv, services.csv and the places' locations-<kind>.csv in
 * the project's own format (the merged files, ready to compare with those in data/ as a proposed
 * change), and a short report of what changed and on which sources.
 */

export interface ExportFile {
  file: string;
  text: string;
}

function header(file: string): string[] {
  const spec = curatedFileSpec(file);
  if (!spec) throw new Error(`datapackage.json has no ${file}`);
  return columnNames(spec);
}

export function mergedCsvFiles(dataset: Dataset, own: OwnRecords, mode: MergeMode): ExportFile[] {
  const data = mergedData(dataset, own, mode);
  return [
    {
      file: 'evidence.csv',
      text: writeCsv(header('evidence.csv'), data.evidence.map(evidenceRow)),
    },
    { file: 'services.csv', text: writeCsv(header('services.csv'), data.services.map(serviceRow)) },
  ];
}

/** The merged places, one file per kind as in data/ (locations-ido.csv and so on). */
export function mergedPlaceFiles(dataset: Dataset, own: OwnRecords, mode: MergeMode): ExportFile[] {
  const data = mergedData(dataset, own, mode);
  return PLACE_KINDS.map((kind) => {
    const file = `locations-${kind}.csv`;
    const rows = data.locations.filter((l) => l.kind === kind).map(locationRow);
    return { file, text: writeCsv(header(file), rows) };
  });
}

/** Plain text, for an e-mail or an issue: counts, changed gemeenten and the sources behind them. */
export function changeReport(
  comparison: Comparison,
  own: OwnRecords,
  stateLabel: (state: CoverageState) => string,
  today: string,
): string {
  const lines = [
    `Eigen gegevens, vergeleken met de gepubliceerde kaart op ${today}`,
    '',
    `Uw rijen: ${own.evidence.length} uitspraken, ${own.services.length} diensten, ${own.locations.length} plekken.`,
    `Gemeenten die van status veranderen: ${comparison.changes.length}.`,
    `Tegenstrijdig met de gepubliceerde gegevens: ${comparison.conflicts.length}.`,
    `Nieuwe plekken: ${comparison.newPlaces.length}.`,
    '',
  ];
  if (comparison.changes.length > 0) lines.push('Veranderingen:');
  for (const change of comparison.changes) {
    const decisive = comparison.merged.byCode.get(change.code)?.claims[0];
    const p = decisive?.provenance;
    const source = p
      ? `${p.sourceTitle ?? p.source} (${p.source}; datum op de bron: ${p.sourceDate ?? 'onbekend'})`
      : 'geen bron';
    lines.push(
      `- ${change.name} (${change.code}): ${stateLabel(change.before)} -> ${stateLabel(change.after)}; bron: ${source}`,
    );
  }
  if (comparison.conflicts.length > 0) lines.push('', 'Tegenstrijdig:');
  for (const c of comparison.conflicts) {
    lines.push(
      `- ${c.name} (${c.code}): gepubliceerd ${c.published}, uw gegevens ${c.own}; de nieuwste bron telt (${c.winner})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
