import { act, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { useUrlState } from './use-url-state';

describe('useUrlState', () => {
  it('adds one history entry per move, also where React runs state updaters twice', () => {
    window.history.replaceState(null, '', '/#v=zoeken');
    const { result } = renderHook(() => useUrlState(), { wrapper: StrictMode });
    const before = window.history.length;
    act(() => {
      result.current.update({ view: 'dekking' }, { push: true });
    });
    expect(window.history.length).toBe(before + 1);
    expect(window.location.hash).toContain('v=dekking');
    expect(result.current.state.view).toBe('dekking');
  });

  it('builds each change on the one before, even within one event', () => {
    window.history.replaceState(null, '', '/#v=zoeken');
    const { result } = renderHook(() => useUrlState(), { wrapper: StrictMode });
    act(() => {
      result.current.update({ view: 'dekking' }, { push: true });
      result.current.update({ province: 'PV27' });
    });
    expect(result.current.state).toMatchObject({ view: 'dekking', province: 'PV27' });
    expect(window.location.hash).toContain('prov=PV27');
    expect(window.location.hash).toContain('v=dekking');
  });
});
