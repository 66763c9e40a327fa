import { describe, expect, it } from 'vitest';
import { coverageTotals, computeCoverage } from '../shared/model/coverage';
import { committedDataset } from '../../tests/fixtures/committed-data';
import { coverageExportInfo } from './coverage-export-info';

const coverage = computeCoverage(
  committedDataset.gemeenten,
  committedDataset.services,
  committedDataset.evidence,
  '2026-12-01',
);
const totals = coverageTotals(committedDataset.gemeenten, coverage.byCode);
const base = { totals, today: '2026-12-01', version: 'v1', checkedUntil: '2026-11-30' };

describe('the Dekking PNG text', () => {
  it('counts per state as the legend shows them, with the date and the data version', () => {
    const info = coverageExportInfo({ ...base, own: false });
    expect(info.title).toBe('Dekking sociaal raadsliedenwerk');
    expect(info.legend.map((l) => l.label).join('\n')).toContain(
      `${String(totals.gemeenten.onbekend)} gemeenten`,
    );
    expect(info.lines.join('\n')).toContain('1 december 2026');
  });

  it('says in its title when the map shows the owner’s own, unpublished rows', () => {
    const info = coverageExportInfo({ ...base, own: true });
    expect(info.title).toContain('U bekijkt de kaart met uw eigen gegevens (niet gepubliceerd)');
  });
});
