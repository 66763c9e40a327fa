import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SourceFacts, SourceLine } from './source-facts';

const TODAY = '2026-11-22';
const DOCUMENTS = [
  {
    file: '001_98a1aa1e92742892.txt',
    title: 'Evaluatie POK-middelen 2025',
    publisher: 'AEF voor de VNG',
    date: '2025',
  },
];

describe('source of a fact', () => {
  it('links a web source by its title and flags it when older than three years', () => {
    render(
      <SourceLine
        provenance={{
          source: 'https://www.example.nl/nieuws/sociaal-raadslieden',
          sourceTitle: 'Sociaal raadslieden in de wijk',
          sourceDate: '2021-03',
          sourceDateHow: 'url',
          checkedOn: '2026-11-22',
        }}
        documents={DOCUMENTS}
        today={TODAY}
      />,
    );
    expect(screen.getByRole('link', { name: /Sociaal raadslieden in de wijk/ })).toHaveAttribute(
      'href',
      'https://www.example.nl/nieuws/sociaal-raadslieden',
    );
    expect(screen.getByText(/maart 2021 \(ouder dan 3 jaar\)/)).toBeInTheDocument();
  });

  it('names a background document by its title, never its file name, and an undated source as such', () => {
    render(
      <SourceLine
        provenance={{ source: '001_98a1aa1e92742892.txt', checkedOn: '2026-11-22' }}
        documents={DOCUMENTS}
        today={TODAY}
      />,
    );
    expect(screen.getByText(/Evaluatie POK-middelen 2025 \(AEF voor de VNG\)/)).toBeInTheDocument();
    expect(screen.queryByText(/001_98a1aa1e92742892/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(/datum onbekend \(ouder dan 3 jaar\)/)).toBeInTheDocument();
  });

  it('keeps the source date apart from the day it was read, with how the date was found', () => {
    render(
      <SourceFacts
        provenance={{
          source: 'https://www.example.nl/',
          sourceDate: '2013',
          sourceDateHow: 'tekst',
          checkedOn: '2026-11-22',
        }}
        documents={DOCUMENTS}
        today={TODAY}
      />,
    );
    expect(
      screen.getByText(/Datum van de bron: 2013 \(de datum komt uit de tekst\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Gecontroleerd op: 22 november 2026/)).toBeInTheDocument();
    expect(screen.getByText(/ouder dan 3 jaar of heeft geen datum/)).toBeInTheDocument();
  });

  it('does not warn for a recent source', () => {
    render(
      <SourceFacts
        provenance={{
          source: 'https://www.example.nl/',
          sourceDate: '2025-06-01',
          sourceDateHow: 'vermeld',
          checkedOn: '2026-11-22',
        }}
        documents={DOCUMENTS}
        today={TODAY}
      />,
    );
    expect(screen.queryByText(/ouder dan 3 jaar/)).not.toBeInTheDocument();
  });
});
