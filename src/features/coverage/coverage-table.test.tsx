import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCoverageDataset } from '../../../tests/fixtures/coverage-dataset';
import { CoverageHarness, type HarnessProps } from './test-harness';

function setup(props: Partial<HarnessProps> = {}) {
  const user = userEvent.setup();
  render(<CoverageHarness dataset={createCoverageDataset()} {...props} />);
  const table = () => screen.getByRole('table', { name: /Dekking per gemeente/ });
  /** Plain DOM here: role queries over 342 rows are slow in jsdom, and the roles are checked below. */
  const bodyRows = () => [...(table().querySelector('tbody')?.rows ?? [])];
  const firstName = () => bodyRows()[0]?.querySelector('th')?.textContent;
  const nameButton = (name: string) => screen.getByText(name, { selector: 'button' });
  const header = (name: string) =>
    within(table()).getByRole('columnheader', { name: new RegExp(name) });
  return { user, table, bodyRows, firstName, header, nameButton };
}

describe('CoverageTable', () => {
  it('lists all 342 gemeenten with status, source date and age as text, and Dutch numbers', () => {
    const { table, bodyRows, nameButton } = setup();
    expect(table()).toHaveAccessibleName('Dekking per gemeente: 342 gemeenten');
    expect(bodyRows()).toHaveLength(342);
    const amersfoort = nameButton('Amersfoort').closest('tr') as HTMLElement;
    expect(within(amersfoort).getByRole('rowheader', { name: 'Amersfoort' })).toBeInTheDocument();
    expect(within(amersfoort).getByText('Wel sociaal raadslieden')).toBeInTheDocument();
    expect(within(amersfoort).getByText('157.470')).toBeInTheDocument();
    expect(within(amersfoort).getByText('Stichting Raad Utrecht')).toBeInTheDocument();
    expect(within(amersfoort).getByRole('link', { name: /^example\.org/ })).toHaveAttribute(
      'href',
      'https://example.org/srl-utrecht',
    );
    expect(within(amersfoort).getByText('1 mei 2024')).toBeInTheDocument();
    expect(within(amersfoort).getByText('Actueel')).toBeInTheDocument();
    expect(within(amersfoort).getByText('22 november 2026')).toBeInTheDocument();
  });

  it('shows an old source with its date and Verouderd, never as a present-day fact', () => {
    const { nameButton } = setup();
    const heerenveen = nameButton('Heerenveen').closest('tr') as HTMLElement;
    expect(within(heerenveen).getByText('Geen sociaal raadslieden, oude bron')).toBeInTheDocument();
    expect(within(heerenveen).getByText('22 september 2020')).toBeInTheDocument();
    expect(within(heerenveen).getByText('Verouderd')).toBeInTheDocument();
    expect(within(heerenveen).queryByText('Actueel')).not.toBeInTheDocument();
  });

  it('shows a source by its title and a month-only date as a month', () => {
    const { nameButton } = setup();
    const groningen = nameButton('Groningen').closest('tr') as HTMLElement;
    expect(
      within(groningen).getByRole('link', {
        name: /^Gemeenteraad geeft geld voor sociale raadslieden/,
      }),
    ).toHaveAttribute('href', 'https://www.oogtv.nl/2025/01/sociale-raadslieden/');
    expect(within(groningen).getByText('januari 2025')).toBeInTheDocument();
    expect(within(groningen).queryByText(/1 januari 2025/)).not.toBeInTheDocument();
  });

  it('shows a background document by its title as text, never its file name or a link', () => {
    const { table, nameButton } = setup();
    const amsterdam = nameButton('Amsterdam').closest('tr') as HTMLElement;
    expect(
      within(amsterdam).getByText('Raadsnotitie sociaal raadslieden Amsterdam'),
    ).toBeInTheDocument();
    expect(within(amsterdam).queryByRole('link')).not.toBeInTheDocument();
    expect(table()).not.toHaveTextContent('raadsnotitie-amsterdam-2024.pdf');
  });

  it('shows an undated source as "Datum onbekend" and Verouderd, and an inferred claim as such', () => {
    const dataset = createCoverageDataset();
    dataset.evidence.push({
      id: 'ev-gm0599-zonder-datum',
      gemeenteCode: 'GM0599',
      kind: 'sociaal-raadslieden',
      status: 'wel',
      basis: 'afgeleid',
      provenance: { source: 'https://example.org/rotterdam', checkedOn: '2026-11-22' },
    });
    const { nameButton } = setup({ dataset });
    const rotterdam = nameButton('Rotterdam').closest('tr') as HTMLElement;
    expect(within(rotterdam).getByText('Wel sociaal raadslieden, oude bron')).toBeInTheDocument();
    expect(within(rotterdam).getByText('Datum onbekend')).toBeInTheDocument();
    expect(within(rotterdam).getByText('Verouderd')).toBeInTheDocument();
    expect(within(rotterdam).getByText(/afgeleid/)).toBeInTheDocument();
  });

  it('sorts by a column header: aria-sort and the first row change', async () => {
    const { user, header, firstName } = setup();
    expect(header('Gemeente')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstName()).toBe("'s-Gravenhage");

    await user.click(within(header('Inwoners')).getByRole('button'));
    expect(header('Inwoners')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Gemeente')).not.toHaveAttribute('aria-sort');
    expect(firstName()).toBe('Amsterdam');

    await user.click(within(header('Inwoners')).getByRole('button'));
    expect(header('Inwoners')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstName()).toBe('Schiermonnikoog');

    await user.click(within(header('Gemeente')).getByRole('button'));
    await user.click(within(header('Gemeente')).getByRole('button'));
    expect(header('Gemeente')).toHaveAttribute('aria-sort', 'descending');
    expect(firstName()).toBe('Zwolle');
  });

  it('filters by status through the Status select', async () => {
    const onUpdate = vi.fn();
    const { user, table, bodyRows } = setup({ onUpdate });
    await user.selectOptions(
      screen.getByLabelText('Status'),
      'Geen sociaal raadslieden (oude en nieuwe bronnen)',
    );
    expect(onUpdate).toHaveBeenCalledWith({ status: 'niet' });
    expect(table()).toHaveAccessibleName('Dekking per gemeente: 1 van 342 gemeenten');
    expect(bodyRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Heerenveen',
    ]);
  });

  it('filters by status and age: only the claims with an old source', async () => {
    const onUpdate = vi.fn();
    // On 2027-05-02 the 2024 sources of Utrecht, Amersfoort and Amsterdam are old; Groningen's 2025 one is not.
    const { user, bodyRows } = setup({ onUpdate, today: '2027-05-02' });
    await user.selectOptions(
      screen.getByLabelText('Status'),
      'Wel sociaal raadslieden, oude bron (bron ouder dan 3 jaar of zonder datum)',
    );
    expect(onUpdate).toHaveBeenCalledWith({ status: 'wel-verouderd' });
    expect(bodyRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Amersfoort',
      'Amsterdam',
      'Utrecht',
    ]);
    for (const row of bodyRows()) expect(within(row).getByText('Verouderd')).toBeInTheDocument();
  });

  it('filters by province from the URL state and by name', async () => {
    const { user, table, bodyRows } = setup({ initial: { province: 'PV26' } });
    expect(screen.getByLabelText('Provincie')).toHaveValue('PV26');
    expect(table()).toHaveAccessibleName(/van 342 gemeenten$/);
    await user.type(screen.getByLabelText('Filter op naam'), 'amers');
    expect(table()).toHaveAccessibleName('Dekking per gemeente: 1 van 342 gemeenten');
    expect(bodyRows()).toHaveLength(1);
    await user.clear(screen.getByLabelText('Filter op naam'));
    await user.type(screen.getByLabelText('Filter op naam'), 'xyz');
    expect(screen.getByText('Geen gemeenten gevonden. Pas het filter aan.')).toBeInTheDocument();
  });

  it('opens the profile from the name and highlights on hover and focus', async () => {
    const onUpdate = vi.fn();
    const onHighlight = vi.fn();
    const { user, nameButton } = setup({ onUpdate, onHighlight });
    const button = nameButton('Amersfoort');
    expect(button).toHaveRole('button');

    await user.hover(button);
    expect(onHighlight).toHaveBeenLastCalledWith('GM0307');
    await user.unhover(button);
    expect(onHighlight).toHaveBeenLastCalledWith(undefined);

    await user.click(button);
    expect(onUpdate).toHaveBeenCalledWith({ gemeente: 'GM0307' }, { push: true });
    expect(onHighlight).toHaveBeenCalledWith('GM0307');
    expect(screen.getByRole('heading', { level: 2, name: 'Amersfoort' })).toHaveFocus();
  });
});
