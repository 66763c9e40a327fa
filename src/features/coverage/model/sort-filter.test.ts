import { computeCoverage } from '../../../shared/model/coverage';
import { createCoverageDataset } from '../../../../tests/fixtures/coverage-dataset';
import { filterRows, foldText, nextSort, sortRows } from './sort-filter';
import { buildCoverageRows } from './table-rows';

function rows() {
  const dataset = createCoverageDataset();
  return buildCoverageRows(
    dataset,
    computeCoverage(dataset.gemeenten, dataset.services, dataset.evidence, dataset.checkedUntil),
  );
}

describe('sortRows', () => {
  it('sorts by name in Dutch order and turns round', () => {
    const asc = sortRows(rows(), { key: 'name', direction: 'ascending' });
    expect(asc[0]?.name).toBe("'s-Gravenhage");
    const desc = sortRows(rows(), { key: 'name', direction: 'descending' });
    expect(desc[0]?.name).toBe('Zwolle');
  });

  it('sorts inwoners as numbers', () => {
    const desc = sortRows(rows(), { key: 'population', direction: 'descending' });
    expect(desc[0]?.name).toBe('Amsterdam');
    const asc = sortRows(rows(), { key: 'population', direction: 'ascending' });
    expect(asc[0]?.name).toBe('Schiermonnikoog');
  });

  it('keeps empty cells last in both directions', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows(), { key: 'source', direction });
      expect(sorted.slice(0, 5).every((r) => r.sourceTitle)).toBe(true);
      expect(sorted.at(-1)?.sourceTitle).toBeUndefined();
    }
  });

  it('does not change its input', () => {
    const input = rows();
    const before = input.map((r) => r.code);
    sortRows(input, { key: 'status', direction: 'descending' });
    expect(input.map((r) => r.code)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the same column and starts a new one ascending (inwoners: descending)', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'status')).toEqual({
      key: 'status',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'population')).toEqual({
      key: 'population',
      direction: 'descending',
    });
  });
});

describe('filterRows', () => {
  it('filters by province, status and name together', () => {
    expect(filterRows(rows(), {})).toHaveLength(342);
    expect(
      filterRows(rows(), { status: 'wel' })
        .map((r) => r.code)
        .sort(),
    ).toEqual(['GM0014', 'GM0307', 'GM0344', 'GM0363']);
    expect(filterRows(rows(), { province: 'PV26', status: 'wel' })).toHaveLength(2);
    expect(filterRows(rows(), { text: 'amers' }).map((r) => r.name)).toEqual(['Amersfoort']);
  });

  it('ignores case and accents in the name filter', () => {
    expect(foldText(' Súdwest-Fryslân ')).toBe('sudwest-fryslan');
    expect(filterRows(rows(), { text: 'FRYSLAN' }).map((r) => r.name)).toContain('Súdwest-Fryslân');
  });
});
