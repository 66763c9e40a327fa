import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCoverageDataset } from '../../../tests/fixtures/coverage-dataset';
import { hsdsErrors } from '../../../tests/hsds-schema';
import type { HsdsService } from '../../shared/model/hsds-types';
import { downloadText } from '../../shared/ui/download';
import { checkFiles } from './model/check-files';
import { ownRecords } from './model/merge';
import type { HsdsRequest } from './hsds.worker';
import { HsdsDownload } from './hsds-download';

vi.mock('../../shared/ui/download', () => ({ downloadText: vi.fn() }));
// jsdom has no Worker: the worker's own function, called in the test's thread.
vi.mock('./run-hsds', () => ({
  runHsds: async ({ dataset, own, mode, today }: HsdsRequest) => {
    const { text, result } = (await import('./model/export-hsds')).mergedHsds(
      dataset,
      own,
      mode,
      today,
    );
    return { text, leftOut: result.leftOut.niet + result.leftOut.otherHelp };
  },
}));

const TODAY = '2026-11-30';
const SHEET = readFileSync(
  path.resolve(import.meta.dirname, '../../../tests/fixtures/workbench/statuslijst-50-cp1252.csv'),
);

describe('HSDS download of the merged data', () => {
  it('holds the owner’s rows from a loaded status sheet, marked as theirs, and validates', async () => {
    const dataset = createCoverageDataset();
    const check = checkFiles(
      [{ name: 'leden.csv', bytes: new Uint8Array(SHEET) }],
      { gemeenten: dataset.gemeenten },
      TODAY,
    );
    const own = ownRecords(check, new Set());
    render(<HsdsDownload dataset={dataset} own={own} mode="samen" today={TODAY} />);

    await userEvent.click(screen.getByRole('button', { name: 'HSDS downloaden (open data)' }));
    await waitFor(() => {
      expect(downloadText).toHaveBeenCalledTimes(1);
    });
    const [fileName, text, type] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('eigen-gegevens-hsds-2026-11-30.json');
    expect(type).toBe('application/json');
    const services = JSON.parse(text ?? '') as HsdsService[];
    expect(hsdsErrors(services)).toEqual([]);

    // Stadskanaal (line 3 of the sheet: wel, source dated 12-05-2024) is in it, as the owner's.
    const stadskanaal = services.find(
      (s) => s.name === 'Sociaal raadsliedenwerk voor inwoners van Stadskanaal',
    );
    const values = Object.fromEntries(
      (stadskanaal?.attributes ?? []).map((a) => [a.taxonomy_term.code, a.value]),
    );
    expect(values).toMatchObject({ herkomst: 'eigen gegevens', bron_datum: '2024-05-12' });
    expect(stadskanaal?.metadata[0]).toMatchObject({
      field_name: 'source',
      replacement_value: 'https://example.org/lijst/gm0037',
      last_action_date: TODAY,
    });
    const ownWel = own.evidence.filter((e) => e.status === 'wel').length;
    expect(
      services.filter((s) => s.attributes.some((a) => a.value === 'eigen gegevens')),
    ).toHaveLength(ownWel);
    // The owner's "niet" rows cannot be HSDS services: the page says how many stay out.
    expect(screen.getByRole('status')).toHaveTextContent(/staan niet in het HSDS-bestand/);
  });
});
