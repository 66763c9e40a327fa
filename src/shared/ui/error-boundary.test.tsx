import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Broken({ error }: { error: Error }): never {
  throw error;
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says a part could not load, and offers to try again, when its file could not be fetched', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new TypeError(
      'Failed to fetch dynamically imported module: https://kaart.example/assets/coverage-view-1.js',
    );
    render(
      <ErrorBoundary area="dekking">
        <Broken error={error} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Dit deel van de pagina kon niet laden',
    );
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeDefined();
  });

  it('keeps the general message for any other error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary area="tabel">
        <Broken error={new Error('kapot')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Er ging iets mis in dit deel');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeDefined();
  });
});
