import { useCallback, useEffect, useState } from 'react';
import {
  parseUrlState,
  serializeUrlState,
  type ParsedUrlState,
  type UrlProblem,
  type UrlState,
} from '../shared/model/url-state';

/**
 * The URL fragment is the single source of truth for what a shared link restores. Changes that
 * move the user somewhere (a new view, a chosen place) push history so Back works; small ones
 * (map moves, typing) replace it.
 */
export function useUrlState(): {
  state: UrlState;
  invalid: UrlProblem[];
  update: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
  dismissInvalid: () => void;
} {
  const [parsed, setParsed] = useState<ParsedUrlState>(() => parseUrlState(window.location.hash));

  useEffect(() => {
    const onChange = () => {
      setParsed(parseUrlState(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const update = useCallback((patch: Partial<UrlState>, options?: { push?: boolean }) => {
    setParsed((current) => {
      // A patch value of undefined clears that part of the state.
      const next = Object.fromEntries(
        Object.entries({ ...current.state, ...patch } as Record<string, unknown>).filter(
          ([, value]) => value !== undefined,
        ),
      ) as unknown as UrlState;
      const url = `${window.location.pathname}${window.location.search}${serializeUrlState(next)}`;
      if (options?.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return { state: next, invalid: current.invalid };
    });
  }, []);

  const dismissInvalid = useCallback(() => {
    setParsed((current) => ({ ...current, invalid: [] }));
  }, []);

  return { state: parsed.state, invalid: parsed.invalid, update, dismissInvalid };
}
