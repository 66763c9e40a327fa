import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCoverageDataset } from '../../../tests/fixtures/coverage-dataset';
import { CoverageHarness } from './test-harness';

describe('CoverageSide', () => {
  it('shows the legend with words and counts, the summary, the reference figure and the unknowns', () => {
    render(<CoverageHarness dataset={createCoverageDataset()} />);
    expect(
      screen.getByRole('heading', { name: 'Dekking sociaal raadsliedenwerk' }),
    ).toBeInTheDocument();

    const legend = screen.getByRole('region', { name: 'Legenda' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(['Wel sociaal raadslieden4', 'Geen sociaal raadslieden1', 'Onbekend337']);

    const summary = screen.getByRole('table', {
      name: 'Gemeenten en inwoners per status: Nederland',
    });
    const total = within(summary).getByRole('row', { name: /Totaal/ });
    expect(within(total).getByText('342')).toBeInTheDocument();
    expect(within(total).getByText('17.472.870')).toBeInTheDocument();

    expect(
      screen.getByText(/In 2023 had 42% van de gemeenten sociaal raadslieden/),
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
  });

  it('adds a province summary when a province is chosen', async () => {
    const user = userEvent.setup();
    const onUpdate = vi.fn();
    render(<CoverageHarness dataset={createCoverageDataset()} onUpdate={onUpdate} />);
    await user.selectOptions(screen.getByLabelText('Provincie'), 'Utrecht');
    expect(onUpdate).toHaveBeenCalledWith({ province: 'PV26' });
    const table = screen.getByRole('table', { name: 'Gemeenten en inwoners per status: Utrecht' });
    const wel = within(table).getByRole('row', { name: /Wel sociaal raadslieden/ });
    expect(within(wel).getByText('2')).toBeInTheDocument();
    expect(screen.getByText('Aantal gemeenten in Utrecht')).toBeInTheDocument();
  });

  it('shows the profile instead of the summary when a gemeente is open', () => {
    render(<CoverageHarness dataset={createCoverageDataset()} initial={{ gemeente: 'GM0014' }} />);
    expect(screen.getByRole('article', { name: 'Groningen' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Nederland/ })).not.toBeInTheDocument();
  });
});
