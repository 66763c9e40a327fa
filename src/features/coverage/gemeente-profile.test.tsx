import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCoverageDataset } from '../../../tests/fixtures/coverage-dataset';
import { CoverageHarness } from './test-harness';

function renderProfile(code: string) {
  const onUpdate = vi.fn();
  render(
    <CoverageHarness
      dataset={createCoverageDataset()}
      initial={{ gemeente: code }}
      onUpdate={onUpdate}
    />,
  );
  return { onUpdate };
}

/** The texts of the "Datum van de bron" facts in `scope`, one per claim, in order. */
function sourceDates(scope: HTMLElement): string[] {
  return within(scope)
    .getAllByText('Datum van de bron', { selector: 'dt' })
    .map((dt) => dt.nextElementSibling?.textContent ?? '');
}

describe('GemeenteProfile', () => {
  it('shows the evidence with its source title, source date, age and checked date', () => {
    renderProfile('GM0014');
    const profile = screen.getByRole('article', { name: 'Groningen' });
    expect(
      within(profile).getByRole('heading', { level: 2, name: 'Groningen' }),
    ).toBeInTheDocument();
    // The fact list's own inwoners (the reach figures below also name the total).
    expect(
      within(profile).getByText('Inwoners', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent(/^233\.265 /);
    expect(
      within(profile).getByText('Status', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent(/^Wel sociaal raadslieden ?De bron is van de laatste 3 jaar\.$/);
    const link = within(profile).getByRole('link', {
      name: /^Gemeenteraad geeft geld voor sociale raadslieden/,
    });
    expect(link).toHaveAttribute('href', 'https://www.oogtv.nl/2025/01/sociale-raadslieden/');
    // The source shows only a month (read from its URL): never "1 januari 2025".
    expect(sourceDates(profile)).toEqual(['januari 2025 (de datum komt uit het webadres) Actueel']);
    expect(within(profile).getByText('22 november 2026')).toBeInTheDocument();
    expect(within(profile).queryByText('Verouderd')).not.toBeInTheDocument();
    expect(within(profile).getByText(/Gegevens versie test-1/)).toBeInTheDocument();
    // The public note shows; the curators' internal note on the same row never does.
    expect(
      within(profile).getByText('Gemeenteraad geeft geld voor sociale raadslieden.'),
    ).toBeInTheDocument();
    expect(profile).not.toHaveTextContent(/Intern: bedrag nagerekend/);
  });

  it('flags a claim whose source is older than 3 years, with its date', () => {
    renderProfile('GM0074');
    const profile = screen.getByRole('article', { name: 'Heerenveen' });
    expect(within(profile).getByText('Geen sociaal raadslieden, oude bron')).toBeInTheDocument();
    expect(
      within(profile).getByText(
        'De bron is ouder dan 3 jaar of heeft geen datum. Dit kan veranderd zijn.',
      ),
    ).toBeInTheDocument();
    const claims = within(profile).getByRole('heading', { name: 'Status en bronnen' })
      .parentElement as HTMLElement;
    expect(sourceDates(claims)).toEqual(['22 september 2020 Verouderd']);
  });

  it('shows other help such as a pilot, without counting it as sociaal raadslieden', () => {
    renderProfile('GM0074');
    const profile = screen.getByRole('article', { name: 'Heerenveen' });
    const other = within(profile).getByRole('heading', {
      name: 'Er is wel ander sociaaljuridisch aanbod:',
    }).parentElement as HTMLElement;
    expect(within(other).getByText('Proef die nog niet is begonnen')).toBeInTheDocument();
    expect(
      within(other).getByText('De raad besluit tot een proef met sociaal raadslieden.'),
    ).toBeInTheDocument();
    expect(
      within(other).getByText(
        'Dit is geen sociaal raadsliedenwerk en telt niet mee voor de dekking.',
      ),
    ).toBeInTheDocument();
    expect(sourceDates(other)).toEqual(['10 maart 2026 (de datum staat in de bron) Actueel']);
    // The 2026 pilot is newer than the 2020 source, yet the status stays "geen".
    expect(within(profile).getByText('Geen sociaal raadslieden, oude bron')).toBeInTheDocument();
    expect(within(profile).queryByText('Wel sociaal raadslieden')).not.toBeInTheDocument();
  });

  it('says plainly when nothing is known, with a mail link without an address', () => {
    renderProfile('GM0599');
    const profile = screen.getByRole('article', { name: 'Rotterdam' });
    expect(
      within(profile).getByText(/Onbekend: we hebben geen bron gevonden\./),
    ).toBeInTheDocument();
    const mail = within(profile).getByRole('link', { name: 'Weet u meer? Meld het ons.' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mail.getAttribute('href') ?? '')).toContain('Rotterdam (GM0599)');
  });

  it('says when the office is in another gemeente, and names IDO and nearest loket', () => {
    renderProfile('GM0307');
    const profile = screen.getByRole('article', { name: 'Amersfoort' });
    expect(
      within(profile).getByText(/Dit kantoor staat in een andere gemeente: Utrecht\./),
    ).toBeInTheDocument();
    expect(within(profile).getByText(/IDO Bibliotheek Amersfoort/)).toBeInTheDocument();
    expect(within(profile).getByText(/Het Juridisch Loket Utrecht/)).toBeInTheDocument();
    expect(within(profile).getByText(/km in rechte lijn/)).toBeInTheDocument();
  });

  it('says when sources disagree, each claim with its own date and age', () => {
    renderProfile('GM0344');
    expect(
      screen.getByText('De bronnen spreken elkaar tegen; de nieuwste telt.'),
    ).toBeInTheDocument();
    const profile = screen.getByRole('article', { name: 'Utrecht' });
    expect(sourceDates(profile)).toEqual([
      '1 mei 2024 (de datum staat in de bron) Actueel',
      '1 januari 2019 Verouderd',
    ]);
  });

  it('shows a background document by its title and publisher, never its file name or a link', () => {
    renderProfile('GM0363');
    const profile = screen.getByRole('article', { name: 'Amsterdam' });
    expect(
      within(profile).getByText('Raadsnotitie sociaal raadslieden Amsterdam (Gemeente Amsterdam)'),
    ).toBeInTheDocument();
    expect(profile).not.toHaveTextContent('raadsnotitie-amsterdam-2024.pdf');
    expect(within(profile).queryByRole('link', { name: /raadsnotitie/i })).not.toBeInTheDocument();
  });

  it('goes back to the overview and returns focus to the gemeente in the table', async () => {
    const user = userEvent.setup();
    const { onUpdate } = renderProfile('GM0307');
    const profile = screen.getByRole('article', { name: 'Amersfoort' });
    await user.click(within(profile).getByRole('button', { name: 'Terug naar overzicht' }));
    expect(onUpdate).toHaveBeenCalledWith({ gemeente: undefined }, { push: true });
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText('Amersfoort', { selector: 'button' })).toHaveFocus();
  });

  it('prints with window.print', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderProfile('GM0014');
    const profile = screen.getByRole('article', { name: 'Groningen' });
    await user.click(within(profile).getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
