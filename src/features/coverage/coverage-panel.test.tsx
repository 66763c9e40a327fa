import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCoverageDataset } from '../../../tests/fixtures/coverage-dataset';
import { CoverageHarness } from './test-harness';

const CURRENT = 'bron uit de laatste 3 jaar';
const OLD = 'bron ouder dan 3 jaar of zonder datum';

function legendItems(): (string | null)[] {
  const legend = screen.getByRole('region', { name: 'Legenda' });
  return within(legend)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

/** The cells of the summary row of one state, found by its row header (words, never colour). */
function summaryRow(table: HTMLElement, state: string): string[] {
  // The accessible name computed in the test drops the space before the nested "(…)".
  const header = within(table).getByRole('rowheader', {
    name: (name) => name.replace(/\s*\(/, ' (') === state,
  });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${state}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('CoveragePanel', () => {
  it('shows the legend with words and counts, the summary, the reference figure and the unknowns', () => {
    render(<CoverageHarness dataset={createCoverageDataset()} />);
    expect(
      screen.getByRole('heading', { name: 'Dekking sociaal raadsliedenwerk' }),
    ).toBeInTheDocument();

    // Per state (status and age) words and a count: Heerenveen's 2020 source is old on 2026-11-22.
    expect(legendItems()).toEqual([
      `Wel sociaal raadslieden (${CURRENT})4`,
      `Wel sociaal raadslieden, oude bron (${OLD})0`,
      `Geen sociaal raadslieden (${CURRENT})0`,
      `Geen sociaal raadslieden, oude bron (${OLD})1`,
      'Onbekend (geen bron gevonden; dat is niet hetzelfde als geen)337',
    ]);

    expect(
      screen.getByText(
        'Bevestigd in de laatste 3 jaar: 4 gemeenten met sociaal raadslieden (1.642.880 inwoners) en 0 zonder (0 inwoners).',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Alleen oudere bronnen of bronnen zonder datum: 0 gemeenten met (0 inwoners) en 1 zonder (50.655 inwoners). Dit kan veranderd zijn.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Onbekend: 337 gemeenten (15.779.335 inwoners). Onbekend is niet hetzelfde als geen.',
      ),
    ).toBeInTheDocument();

    const summary = screen.getByRole('table', {
      name: 'Gemeenten en inwoners per status: Nederland',
    });
    expect(summaryRow(summary, `Wel sociaal raadslieden (${CURRENT})`)).toEqual(['4', '1.642.880']);
    expect(summaryRow(summary, `Geen sociaal raadslieden, oude bron (${OLD})`)).toEqual([
      '1',
      '50.655',
    ]);
    const total = within(summary).getByRole('row', { name: /Totaal/ });
    expect(within(total).getByText('342')).toBeInTheDocument();
    expect(within(total).getByText('17.472.870')).toBeInTheDocument();

    // The reference figure stands beside its link (the reach caveats repeat it in a sentence).
    expect(
      screen.getByText(/^In 2023 had 42% van de gemeenten sociaal raadslieden \(inventarisatie/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Lees het bericht van Sociaal Werk Nederland' }),
    ).toHaveAttribute(
      'href',
      'https://www.sociaalwerknederland.nl/actueel/nieuws/12702-onderzoek-aanbod-sociaaljuridische-ondersteuning-een-lokettenjungle',
    );
    expect(screen.getByText('Van 337 gemeenten weten we het nog niet.')).toBeInTheDocument();
    expect(screen.getByText(/CBS 83503NED/)).toBeInTheDocument();
    const downloads = screen.getByRole('region', { name: 'Gegevens downloaden' });
    expect(within(downloads).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    expect(within(downloads).getByRole('button', { name: 'Download GeoJSON' })).toBeInTheDocument();
    const hsds = within(downloads).getByRole('link', { name: 'Download HSDS' });
    expect(hsds).toHaveAttribute('href', '/data/hsds.json');
    expect(hsds).toHaveAccessibleDescription(/internationale standaard voor gegevens over hulp/);
  });

  it('adds a province summary when a province is chosen', async () => {
    const user = userEvent.setup();
    const onUpdate = vi.fn();
    render(<CoverageHarness dataset={createCoverageDataset()} onUpdate={onUpdate} />);
    await user.selectOptions(screen.getByLabelText('Provincie'), 'Utrecht');
    expect(onUpdate).toHaveBeenCalledWith({ province: 'PV26' });
    const table = screen.getByRole('table', { name: 'Gemeenten en inwoners per status: Utrecht' });
    // Utrecht and Amersfoort, both served by a service with a 2024 source.
    expect(summaryRow(table, `Wel sociaal raadslieden (${CURRENT})`)).toEqual(['2', '516.655']);
    expect(summaryRow(table, `Wel sociaal raadslieden, oude bron (${OLD})`)).toEqual(['0', '0']);
    expect(screen.getByText('Aantal gemeenten in Utrecht')).toBeInTheDocument();
    expect(legendItems()[0]).toBe(`Wel sociaal raadslieden (${CURRENT})2`);
  });

  it('ages the claims on the day it is shown, without new data', () => {
    // On 2027-05-02 the 2024-03 and 2024-05-01 sources are older than 3 years; the 2025 one is not.
    render(<CoverageHarness dataset={createCoverageDataset()} today="2027-05-02" />);
    expect(legendItems().slice(0, 2)).toEqual([
      `Wel sociaal raadslieden (${CURRENT})1`,
      `Wel sociaal raadslieden, oude bron (${OLD})3`,
    ]);
    expect(
      screen.getByText(
        'Bevestigd in de laatste 3 jaar: 1 gemeenten met sociaal raadslieden (233.265 inwoners) en 0 zonder (0 inwoners).',
      ),
    ).toBeInTheDocument();
  });

  it('says so when no gemeente rests on a source from the last 3 years', () => {
    render(<CoverageHarness dataset={createCoverageDataset()} today="2030-01-01" />);
    expect(
      screen.getByText('Voor geen enkele gemeente hebben we een bron uit de laatste 3 jaar.'),
    ).toBeInTheDocument();
    expect(legendItems()[1]).toBe(`Wel sociaal raadslieden, oude bron (${OLD})4`);
  });

  it('shows the profile instead of the summary when a gemeente is open', () => {
    render(<CoverageHarness dataset={createCoverageDataset()} initial={{ gemeente: 'GM0014' }} />);
    expect(screen.getByRole('article', { name: 'Groningen' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Nederland/ })).not.toBeInTheDocument();
  });
});
