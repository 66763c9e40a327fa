import fs from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  committedDataset,
  gemeenteWhere,
  gemeenteWithStatus,
} from '../../tests/fixtures/committed-data';
import { formatDate } from '../shared/model/dates';
import { server } from '../../tests/mocks/server';
import { renderApp } from '../../tests/render-app';
import { splitDataset } from '../shared/model/dataset-split';

const idoCount = committedDataset.locations.filter((l) => l.kind === 'ido').length;

async function searchField() {
  return screen.findByRole('combobox', { name: 'Zoek hulp' });
}

/**
 * The answer's heading, once it has taken focus. Building the search index with the postcode
 * table takes seconds on a loaded CI machine, hence the longer wait.
 */
async function focusedAnswer() {
  const heading = await screen.findByRole(
    'heading',
    { level: 2, name: 'Hulp bij u in de buurt' },
    { timeout: 15_000 },
  );
  await waitFor(() => {
    expect(heading).toHaveFocus();
  });
  return heading;
}

describe('before the place list is in', () => {
  it('suggests a postcode at once, waits for a place name, and shows places once they arrive', async () => {
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const released = new Promise<void>((done) => (release = done));
    server.use(
      http.get('*/data/places.json', async () => {
        await released;
        return HttpResponse.text(fs.readFileSync('public/data/places.json', 'utf8'), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    renderApp();
    const field = await searchField();
    expect(await screen.findByText('Plaatsen laden…')).toBeInTheDocument();
    await user.type(field, '3511');
    expect(await screen.findByRole('option', { name: /3511/ }, { timeout: 10_000 })).toBeVisible();
    // A place's name finds nothing yet: the field says it is loading, not that nothing matches.
    await user.clear(field);
    await user.type(field, 'Geldfit');
    expect((await screen.findAllByText('Even laden…')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(screen.queryByText(/We vinden niets/)).not.toBeInTheDocument();
    release();
    expect(
      await screen.findByRole('option', { name: /Geldfit/ }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(await screen.findByRole('list', { name: 'Plaatsen' })).toBeInTheDocument();
    expect(screen.queryByText('Plaatsen laden…')).not.toBeInTheDocument();
  });
});

describe('the answer comes first', () => {
  it(
    'answers a postcode typed with Enter, also before the postcode table is in',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      server.use(
        http.get('*/data/postcodes.json', async () => {
          await delay(300);
          return HttpResponse.text(fs.readFileSync('public/data/postcodes.json', 'utf8'), {
            headers: { 'content-type': 'application/json' },
          });
        }),
      );
      renderApp();
      const field = await searchField();
      await user.type(field, '3511');
      // While the table loads the search says so, never "Geen suggesties".
      expect((await screen.findAllByText('Even laden…')).length).toBeGreaterThan(0);
      expect(screen.queryByText('Geen suggesties')).not.toBeInTheDocument();
      await user.keyboard('{Enter}');
      const heading = await focusedAnswer();
      // The heading is described by the status, so a screen reader hears the answer itself.
      expect(heading).toHaveAccessibleDescription(/In Utrecht zijn sociaal raadslieden\./);
      expect(screen.getByText('3511 ligt in gemeente Utrecht.')).toBeInTheDocument();
      const steps = screen.getByRole('list', { name: 'Wat kunt u nu doen?' });
      expect(within(steps).getByRole('link', { name: '0800-8020' })).toHaveAttribute(
        'href',
        'tel:08008020',
      );
      expect(
        within(steps).getByText(
          `Deze kaart kent nog niet alle IDO's (${idoCount} van de 823). Vraag ook in uw bibliotheek.`,
        ),
      ).toBeInTheDocument();
      expect(window.location.hash).toContain('bij=pc');
    },
  );

  it('shows the list instead of guessing when Enter meets a typo', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = await searchField();
    await user.click(field);
    await user.type(field, 'amsterdm');
    expect((await screen.findAllByRole('option', { name: /Amsterdam/ })).length).toBeGreaterThan(0);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(await screen.findByText(/Kies een van de suggesties/)).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Hulp bij u in de buurt' }),
    ).not.toBeInTheDocument();
  });

  it('reads "gemeente Utrecht" as the gemeente Utrecht', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = await searchField();
    await user.click(field);
    await user.type(field, 'gemeente Utrecht{Enter}');
    const heading = await focusedAnswer();
    expect(heading).toHaveAccessibleDescription(/In Utrecht zijn sociaal raadslieden/);
    expect(window.location.hash).toContain('bij=gm%3AGM0344');
  });

  it('says plainly when it is not known, and to ask the gemeente', async () => {
    const gemeente = gemeenteWithStatus('onbekend');
    renderApp(`#bij=gm:${gemeente.code}`);
    expect(
      await screen.findByText(
        `We weten nog niet of er in ${gemeente.name} sociaal raadslieden zijn.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Vraag aan de gemeente ${gemeente.name} of er sociaal raadslieden zijn.`),
    ).toBeInTheDocument();
  });

  it('says when a source found none, how old it is, and leads with other help', async () => {
    const gemeente = gemeenteWithStatus('niet');
    renderApp(`#bij=gm:${gemeente.code}`);
    expect(
      await screen.findByText(
        `In ${gemeente.name} zijn geen sociaal raadslieden, volgens onze bron.`,
      ),
    ).toBeInTheDocument();
    // No sociaal raadslieden step: the first step is Het Juridisch Loket.
    const steps = screen.getByRole('list', { name: 'Wat kunt u nu doen?' });
    expect(within(steps).queryByText(/Vraag aan de gemeente/)).not.toBeInTheDocument();
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent(/Het Juridisch Loket/);
  });

  it('says a gemeente has sociaal raadslieden and how to reach them when no office is known', async () => {
    const gemeente = gemeenteWithStatus('wel', false);
    renderApp(`#bij=gm:${gemeente.code}`);
    expect(
      await screen.findByText(`In ${gemeente.name} zijn sociaal raadslieden.`),
    ).toBeInTheDocument();
    const step = screen
      .getByText(
        `Vraag aan de gemeente ${gemeente.name} waar en wanneer de sociaal raadslieden spreekuur hebben.`,
      )
      .closest('li');
    if (!step) throw new Error('no step');
    // With the gemeente's own number and website, from the register, with its source.
    const contact = gemeente.contact;
    if (!contact?.phone || !contact.website) throw new Error('the gemeente has no contact');
    expect(within(step).getByRole('link', { name: contact.phone })).toHaveAttribute(
      'href',
      expect.stringMatching(/^tel:/),
    );
    expect(within(step).getByRole('link', { name: /Website van de gemeente/ })).toHaveAttribute(
      'href',
      expect.stringContaining(new URL(contact.website).hostname),
    );
    expect(within(step).getByText(/Organisaties overheid/)).toBeInTheDocument();
  });
});

describe('the answer says how old its source is', () => {
  /** The status box the answer's heading is described by. */
  async function statusText(): Promise<string> {
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Hulp bij u in de buurt',
    });
    const id = heading.getAttribute('aria-describedby') ?? '';
    return document.getElementById(id)?.textContent ?? '';
  }

  it('gives a month-only date as a month, names the source by title, and warns it may have changed', async () => {
    renderApp('#bij=pc:3511');
    expect(await statusText()).toMatch(
      /In Utrecht zijn sociaal raadslieden\..*Volgens een bron van maart 2021\. Dit kan veranderd zijn\./,
    );
    const services = screen.getByRole('region', { name: 'Sociaal raadslieden voor Utrecht' });
    expect(
      within(services).getByRole('link', {
        name: /^Financieel spreekuur voorkomt oplopende geldproblemen/,
      }),
    ).toHaveAttribute('href', expect.stringContaining('stadsbladutrecht.nl'));
    expect(within(services).getByText(/maart 2021 \(ouder dan 3 jaar\)/)).toBeInTheDocument();
    expect(screen.queryByText(/1 maart 2021/)).not.toBeInTheDocument();
  });

  it('says an old dated "niet" may have changed', async () => {
    const { gemeente, coverage } = gemeenteWhere(
      'status niet from an old, dated source',
      (c) => c.status === 'niet' && c.age === 'verouderd' && !!c.claims[0]?.provenance.sourceDate,
    );
    const date = coverage.claims[0]?.provenance.sourceDate ?? '';
    renderApp(`#bij=gm:${gemeente.code}`);
    const text = await statusText();
    expect(text).toContain(`Volgens een bron van ${formatDate(date)}.`);
    expect(text).toContain('Dit kan veranderd zijn.');
  });

  it('never presents an undated source as current', async () => {
    const { gemeente } = gemeenteWhere(
      'status wel from an undated source and no service',
      (c, served) => c.status === 'wel' && !served && !c.claims[0]?.provenance.sourceDate,
    );
    renderApp(`#bij=gm:${gemeente.code}`);
    const text = await statusText();
    expect(text).toContain('Volgens een bron zonder datum.');
    expect(text).toContain('Dit kan veranderd zijn.');
  });

  it('does not warn that a source from the last 3 years may have changed', async () => {
    const { gemeente, coverage } = gemeenteWhere(
      'status wel from a current source with a service',
      (c, served) => c.status === 'wel' && c.age === 'actueel' && served,
    );
    const date = coverage.claims[0]?.provenance.sourceDate ?? '';
    renderApp(`#bij=gm:${gemeente.code}`);
    const text = await statusText();
    expect(text).toContain(`Volgens een bron van ${formatDate(date)}.`);
    expect(text).not.toContain('Dit kan veranderd zijn.');
  });
});

describe('words for needs', () => {
  it('leads "schulden" to sociaal raadslieden and Het Juridisch Loket, with why', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = await searchField();
    await user.click(field);
    await user.type(field, 'schulden{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Hulp bij schulden' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(heading).toHaveAccessibleDescription(/Sociaal raadslieden helpen u gratis/);
    const panel = heading.closest('section');
    if (!panel) throw new Error('no need panel');
    expect(within(panel).getByText('Sociaal raadslieden')).toBeInTheDocument();
    expect(within(panel).getByText('Het Juridisch Loket')).toBeInTheDocument();
    // The map and list show that help; the filter says so.
    expect(screen.getByRole('checkbox', { name: /IDO's/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Sociaal raadslieden/ })).toBeChecked();
  });
});

describe('Back and Forward', () => {
  it('keep the search field and the answer in step', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = await searchField();
    await user.click(field);
    await user.type(field, '3511{Enter}');
    await screen.findByText('3511 ligt in gemeente Utrecht.');
    await user.clear(field);
    await user.type(field, 'gemeente Zwolle{Enter}');
    await screen.findByText(/In Zwolle/);
    expect(field).toHaveValue('gemeente Zwolle');
    window.history.back();
    expect(await screen.findByText('3511 ligt in gemeente Utrecht.')).toBeInTheDocument();
    await waitFor(() => {
      expect(field).toHaveValue('3511');
    });
    window.history.forward();
    await waitFor(() => {
      expect(field).toHaveValue('gemeente Zwolle');
    });
    expect(screen.queryByText('3511 ligt in gemeente Utrecht.')).not.toBeInTheDocument();
  });
});

describe('place details', () => {
  it('never shows a curator’s internal note, only the public note', async () => {
    const dataset = structuredClone(committedDataset);
    const place = dataset.locations.find((l) => l.kind === 'juridisch-loket');
    if (!place) throw new Error('no loket in the data');
    place.accessNote = 'Interne notitie: adres niet nagegaan, 0900-nummer in oude bron.';
    place.publicNote = 'U kunt hier ook terecht met vragen over huur.';
    const { core, places, details } = splitDataset(dataset);
    server.use(
      http.get('*/data/dataset.json', () => HttpResponse.json(core)),
      http.get('*/data/places.json', () => HttpResponse.json(places)),
      http.get('*/data/details.json', () => HttpResponse.json(details)),
    );
    renderApp(`#plek=${place.id}`);
    expect(
      await screen.findByText('U kunt hier ook terecht met vragen over huur.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Interne notitie/)).not.toBeInTheDocument();
  });

  it('reads how to get in as one sentence, and closes with Escape, returning focus', async () => {
    const user = userEvent.setup();
    renderApp();
    const list = await screen.findByRole('list', { name: 'Plaatsen' });
    const button = within(list).getByRole('button', { name: /Geldfit-spreekuur/ });
    await user.click(button);
    const article = await screen.findByRole('article');
    expect(
      within(article).getByText('Inloop op woensdag 10.00–12.15, of op afspraak.'),
    ).toBeVisible();
    expect(within(article).queryByText(/Alleen op afspraak/)).not.toBeInTheDocument();
    await waitFor(() => {
      expect(within(article).getByRole('heading', { level: 2 })).toHaveFocus();
    });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(
        within(screen.getByRole('list', { name: 'Plaatsen' })).getByRole('button', {
          name: /Geldfit-spreekuur/,
        }),
      ).toHaveFocus();
    });
  });
});

describe('the referral', () => {
  it('copies as text with address, access and phone; the postcode only when ticked', async () => {
    const user = userEvent.setup();
    renderApp('#bij=pc:3511');
    await screen.findByRole('heading', { name: 'Wat kunt u nu doen?' });
    await user.click(screen.getByRole('button', { name: 'Kopieer als tekst' }));
    expect(await screen.findByText(/De tekst is gekopieerd/)).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toContain('Het Juridisch Loket: Het Juridisch Loket Utrecht');
    expect(text).toContain('Adres: Utrecht (precies adres onbekend)');
    expect(text).toContain('Telefoon: 0800-8020');
    // No office of the sociaal raadslieden is known: the referral gives the gemeente's number.
    expect(text).toContain('Gemeente: Utrecht');
    expect(text).toContain('Telefoon: 14 030');
    expect(text).not.toContain('3511');
    expect(text).not.toMatch(/bij=/);
    await user.click(
      screen.getByRole('checkbox', { name: 'Postcode en gemeente op de verwijzing zetten' }),
    );
    await user.click(screen.getByRole('button', { name: 'Kopieer als tekst' }));
    await waitFor(async () => {
      expect(await navigator.clipboard.readText()).toContain('Voor: 3511, gemeente Utrecht.');
    });
  });
});
