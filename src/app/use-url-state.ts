import { useCallback, useEffect, useRef, useState } from 'react';
import {
  parseUrlState,
  serializeUrlState,
  type ParsedUrlState,
  type UrlProblem,
  type UrlState,
} from '../shared/model/url-state';

/** What a view gets of the URL state: where it is, and how to go elsewhere. */
export interface UrlApi {
  state: UrlState;
  update: (patch: Partial<UrlState>, options?: { push?: boolean }) => void;
}

/**
 * The URL fragment is the single source of truth for what a shared link restores. Changes that
 * move the user somewhere (a new view, a chosen place) push history so Back works; small ones
 * (map moves, typing) replace it.
 */
export function useUrlState(): UrlApi & {
  invalid: UrlProblem[];
  dismissInvalid: () => void;
} {
  const [parsed, setParsedState] = useState<ParsedUrlState>(() =>
    parseUrlState(window.location.hash),
  );
  /**
   * The latest state, so `update` can work out the next URL before it touches history: a state
   * updater must stay pure (React may call it twice), so history is never written inside one.
   */
  const latest = useRef(parsed);
  const setParsed = useCallback((next: ParsedUrlState) => {
    latest.current = next;
    setParsedState(next);
  }, []);

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
  }, [setParsed]);

  const update = useCallback(
    (patch: Partial<UrlState>, options?: { push?: boolean }) => {
      const current = latest.current;
      // A patch value of undefined clears that part of the state.
      const next = Object.fromEntries(
        Object.entries({ ...current.state, ...patch } as Record<string, unknown>).filter(
          ([, value]) => value !== undefined,
        ),
      ) as unknown as UrlState;
      const url = `${window.location.pathname}${window.location.search}${serializeUrlState(next)}`;
      if (options?.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      setParsed({ state: next, invalid: current.invalid });
    },
    [setParsed],
  );

  const dismissInvalid = useCallback(() => {
    setParsed({ ...latest.current, invalid: [] });
  }, [setParsed]);

  return { state: parsed.state, invalid: parsed.invalid, update, dismissInvalid };
}
