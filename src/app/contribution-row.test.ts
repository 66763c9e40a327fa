// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCoverageDataset } from '../../tests/fixtures/coverage-dataset';
import { checkFiles } from '../features/workbench/model/check-files';
import {
  checkContribution,
  contributionCsv,
  EMPTY_CONTRIBUTION,
} from '../shared/model/contribution';

/**
 * "Geef het door" (shared) writes rows for "Eigen gegevens" (the workbench feature); no feature
 * imports the other, so the app, which sees both, checks that the row reads back there.
 */
describe('a "Geef het door" row in "Eigen gegevens"', () => {
  const TODAY = '2026-11-30';
  const reference = { gemeenten: createCoverageDataset().gemeenten };

  it('is accepted by the workbench’s own check and gives back the fields', () => {
    const checked = checkContribution(
      {
        ...EMPTY_CONTRIBUTION,
        status: 'niet',
        aanbieder: 'Humanitas, afdeling "Noord"',
        bron: 'https://www.heerenveen.nl/nieuws/raadslieden',
        datum: '05-2026',
        note: 'Gestopt per 1 mei; geen opvolger',
      },
      TODAY,
    );
    if (!checked.ok) throw new Error('the form should pass');
    const csv = contributionCsv(checked.value, {
      gemeente: { code: 'GM0074', name: 'Heerenveen' },
      dataVersion: '2026-11-22',
    });
    const result = checkFiles(
      [{ name: 'geef-het-door-gm0074.csv', bytes: new TextEncoder().encode(csv) }],
      reference,
      TODAY,
    );
    expect(result.problems).toEqual([]);
    expect(result.files[0]).toMatchObject({ kind: 'statuslijst', rowsIn: 1, accepted: 1 });
    expect(result.claims).toHaveLength(1);
    const [claim] = result.claims;
    expect(claim?.aanbieder).toBe('Humanitas, afdeling "Noord"');
    expect(claim?.evidence).toMatchObject({
      gemeenteCode: 'GM0074',
      kind: 'sociaal-raadslieden',
      status: 'niet',
    });
    const text = JSON.stringify(claim?.evidence);
    expect(text).toContain('https://www.heerenveen.nl/nieuws/raadslieden');
    expect(text).toContain('2026-05');
    expect(text).toContain('Gestopt per 1 mei; geen opvolger');
  });
});
