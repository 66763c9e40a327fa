import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
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
