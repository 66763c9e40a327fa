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

describe('GemeenteProfile', () => {
  it('shows the evidence with its link, source date and checked date', () => {
    renderProfile('GM0014');
    const profile = screen.getByRole('article', { name: 'Groningen' });
    expect(
      within(profile).getByRole('heading', { level: 2, name: 'Groningen' }),
    ).toBeInTheDocument();
    expect(within(profile).getByText('233.265')).toBeInTheDocument();
    const link = within(profile).getByRole('link', { name: 'oogtv.nl' });
    expect(link).toHaveAttribute('href', 'https://www.oogtv.nl/2025/01/sociale-raadslieden/');
    expect(within(profile).getByText('1 januari 2025')).toBeInTheDocument();
    expect(within(profile).getByText('22 november 2026')).toBeInTheDocument();
    expect(within(profile).queryByText('ouder dan 3 jaar')).not.toBeInTheDocument();
    expect(within(profile).getByText(/Gegevens versie test-1/)).toBeInTheDocument();
  });

  it('flags a claim older than 3 years', () => {
    renderProfile('GM0074');
    const profile = screen.getByRole('article', { name: 'Heerenveen' });
    expect(within(profile).getByText('ouder dan 3 jaar')).toBeInTheDocument();
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

  it('says when sources disagree', () => {
    renderProfile('GM0344');
    expect(
      screen.getByText('De bronnen spreken elkaar tegen; de nieuwste telt.'),
    ).toBeInTheDocument();
  });

  it('shows a document name as text, not as a link', () => {
    renderProfile('GM0363');
    const profile = screen.getByRole('article', { name: 'Amsterdam' });
    expect(within(profile).getByText('raadsnotitie-amsterdam-2024.pdf')).toBeInTheDocument();
    expect(within(profile).queryByRole('link', { name: /raadsnotitie/ })).not.toBeInTheDocument();
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
