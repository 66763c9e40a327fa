import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProvenanceNote, SourceLine } from './provenance-note';

const NOW = new Date('2026-11-22T00:00:00Z');

describe('source of a fact', () => {
  it('links a web source by its host and flags it when older than three years', () => {
    render(
      <SourceLine
        provenance={{
          source: 'https://www.example.nl/nieuws/sociaal-raadslieden',
          sourceDate: '2021-03-01',
          checkedOn: '2026-11-22',
        }}
        now={NOW}
      />,
    );
    expect(screen.getByRole('link', { name: /www\.example\.nl/ })).toHaveAttribute(
      'href',
      'https://www.example.nl/nieuws/sociaal-raadslieden',
    );
    expect(screen.getByText(/1 maart 2021 \(ouder dan 3 jaar\)/)).toBeInTheDocument();
  });

  it('names a background document as plain text and says when an undated source was read', () => {
    render(
      <SourceLine
        provenance={{ source: '001_98a1aa1e92742892.txt', checkedOn: '2026-11-22' }}
        now={NOW}
      />,
    );
    expect(screen.getByText(/001_98a1aa1e92742892\.txt/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(/gelezen op 22 november 2026/)).toBeInTheDocument();
    expect(screen.queryByText(/ouder dan 3 jaar/)).not.toBeInTheDocument();
  });

  it('shows source, dates and the old-fact warning in the details block', () => {
    render(
      <ProvenanceNote
        provenance={{
          source: 'https://www.example.nl/',
          sourceDate: '2009-02-25',
          checkedOn: '2026-11-22',
        }}
        now={NOW}
      />,
    );
    expect(screen.getByRole('link', { name: /www\.example\.nl/ })).toBeInTheDocument();
    expect(screen.getByText(/25 februari 2009/)).toBeInTheDocument();
    expect(screen.getByText('Let op: deze informatie is ouder dan 3 jaar.')).toBeInTheDocument();
  });
});
