import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { gemeenteWhere, gemeenteWithStatus } from '../../tests/fixtures/committed-data';
import { formatDate } from '../shared/model/dates';
import { server } from '../../tests/mocks/server';
import { renderApp } from '../../tests/render-app';

describe('app shell', () => {
  it('shows the title and, once the data is there, a list of places', async () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sociaal-juridische kaart' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Plaatsen' });
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(10);
  });

  it('says in Dutch that the data could not be loaded, and the retry button works', async () => {
    server.use(
      http.get('*/data/dataset.json', () => new HttpResponse(null, { status: 500 }), {
        once: true,
      }),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De gegevens konden niet worden geladen');
    await userEvent.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('list', { name: 'Plaatsen' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells the user when the data file is broken instead of showing an empty page', async () => {
    server.use(http.get('*/data/dataset.json', () => HttpResponse.json({ version: 7 })));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het gegevensbestand is kapot of verouderd.',
    );
  });

  it('ignores a bad link parameter and says so', async () => {
    renderApp('#soort=fietsenmaker&plek=Bad%20Id');
    expect(
      await screen.findByText(
        'Een deel van de link klopt niet. Dat deel is overgeslagen. Het ging om: de plaats, de soort hulp.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Plaatsen' })).toBeInTheDocument();
  });

  it('opens the details of a place from the list and goes back', async () => {
    const user = userEvent.setup();
    renderApp();
    const list = await screen.findByRole('list', { name: 'Plaatsen' });
    const first = within(list).getAllByRole('button')[0];
    if (!first) throw new Error('no places in the list');
    const name = first.querySelector('.place-list__name')?.textContent ?? '';
    await user.click(first);
    const heading = await screen.findByRole('heading', { level: 2, name });
    // Focus moves in an effect after the panel renders.
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText(/Gecontroleerd op/)).toBeInTheDocument();
    expect(window.location.hash).toContain('plek=');
    await user.click(screen.getByRole('button', { name: /Terug naar de lijst/ }));
    expect(await screen.findByRole('list', { name: 'Plaatsen' })).toBeInTheDocument();
  });

  it('navigates to the coverage view with its own URL', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('list', { name: 'Plaatsen' });
    await user.click(screen.getByRole('link', { name: 'Dekking' }));
    await waitFor(() => {
      expect(window.location.hash).toBe('#v=dekking');
    });
    expect(screen.getByRole('link', { name: 'Dekking' })).toHaveAttribute('aria-current', 'page');
  });

  it('finds help for a typed postcode: the sociaal raadslieden for that gemeente and the nearest places', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = await screen.findByRole('combobox', { name: 'Zoek hulp' });
    await user.click(field);
    await user.type(field, '3511 ab');
    const option = await screen.findByRole('option', { name: /3511/ });
    await user.click(option);
    expect(
      await screen.findByRole('heading', { name: 'Hulp bij u in de buurt' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('3511 AB ligt in gemeente Utrecht.')).toBeInTheDocument();
    expect(screen.getByText('Sociaal raadsliedenwerk Utrecht')).toBeInTheDocument();
    // The answer says how old its source is: a month-only date as a month, and that it may have changed.
    expect(
      screen.getByText(/^Deze sociaal raadslieden werken voor inwoners van Utrecht:/),
    ).toHaveTextContent(
      /^Deze sociaal raadslieden werken voor inwoners van Utrecht: Volgens een bron van maart 2021\. Dit kan veranderd zijn\.$/,
    );
    // The referral names the source by its title, so a worker can check it.
    expect(
      screen.getByRole('link', { name: /^Financieel spreekuur voorkomt oplopende geldproblemen/ }),
    ).toHaveAttribute('href', expect.stringContaining('stadsbladutrecht.nl'));
    expect(screen.getByText(/maart 2021 \(ouder dan 3 jaar\)/)).toBeInTheDocument();
    expect(screen.queryByText(/1 maart 2021/)).not.toBeInTheDocument();
    // No phone or website known: do not tell people to call or look it up.
    expect(screen.getByText(/Vraag het bij uw gemeente/)).toBeInTheDocument();
    expect(screen.queryByText(/Bel of kijk op de website/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /Informatiepunten Digitale Overheid/ }),
    ).toBeInTheDocument();
  });

  it('says plainly when it is not known whether a gemeente has sociaal raadslieden', async () => {
    const gemeente = gemeenteWithStatus('onbekend');
    renderApp(`#bij=gm:${gemeente.code}`);
    expect(
      await screen.findByText(`We weten nog niet of ${gemeente.name} sociaal raadslieden heeft.`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Onbekend.')).toBeInTheDocument();
  });

  it('says when a dated source found no sociaal raadslieden, how old it is, and still shows other help', async () => {
    const { gemeente, coverage } = gemeenteWhere(
      'status niet from an old, dated source',
      (c) => c.status === 'niet' && c.age === 'verouderd' && !!c.claims[0]?.provenance.sourceDate,
    );
    const date = coverage.claims[0]?.provenance.sourceDate ?? '';
    renderApp(`#bij=gm:${gemeente.code}`);
    const answer = await screen.findByText(
      `Voor ${gemeente.name} is er volgens onze bron geen sociaal raadslieden.`,
      { exact: false },
    );
    expect(answer).toHaveTextContent(`Volgens een bron van ${formatDate(date)}.`);
    expect(answer).toHaveTextContent(/Dit kan veranderd zijn\./);
    expect(
      screen.getByRole('heading', { name: /Dichtstbijzijnde Het Juridisch Loket/ }),
    ).toBeInTheDocument();
  });

  it('says a gemeente has sociaal raadslieden when a source says so, even without a known office', async () => {
    const gemeente = gemeenteWithStatus('wel', false);
    renderApp(`#bij=gm:${gemeente.code}`);
    expect(
      await screen.findByText(`Volgens onze bron heeft ${gemeente.name} sociaal raadslieden.`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/We weten nog niet of/)).not.toBeInTheDocument();
  });

  it('never presents an undated source as current: it says it has no date and may have changed', async () => {
    const { gemeente } = gemeenteWhere(
      'status wel from an undated source and no service',
      (c, served) => c.status === 'wel' && !served && !c.claims[0]?.provenance.sourceDate,
    );
    renderApp(`#bij=gm:${gemeente.code}`);
    const answer = await screen.findByText(
      `Volgens onze bron heeft ${gemeente.name} sociaal raadslieden.`,
      { exact: false },
    );
    expect(answer).toHaveTextContent('Volgens een bron zonder datum.');
    expect(answer).toHaveTextContent(/Dit kan veranderd zijn\./);
  });

  it('does not warn that a source from the last 3 years may have changed', async () => {
    const { gemeente, coverage } = gemeenteWhere(
      'status wel from a current source with a service',
      (c, served) => c.status === 'wel' && c.age === 'actueel' && served,
    );
    const date = coverage.claims[0]?.provenance.sourceDate ?? '';
    renderApp(`#bij=gm:${gemeente.code}`);
    const answer = await screen.findByText(
      `Deze sociaal raadslieden werken voor inwoners van ${gemeente.name}:`,
      { exact: false },
    );
    expect(answer).toHaveTextContent(`Volgens een bron van ${formatDate(date)}.`);
    expect(answer).not.toHaveTextContent('Dit kan veranderd zijn.');
  });

  it('says on "Over deze kaart" how far the map is from complete, with the published totals', async () => {
    renderApp('#v=over');
    expect(
      await screen.findByRole('heading', { name: 'De kaart is nog niet compleet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/823 IDO's in Nederland.*Op deze kaart staan er \d+\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Van \d+ van de 342 gemeenten weten we/)).toBeInTheDocument();
  });
});
