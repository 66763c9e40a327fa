import type { Page } from 'playwright-core';

/** Where the init script keeps its count, on `window`. */
const COUNT_KEY = '__e2eReactCommits';

/**
 * Init script: a minimal stand-in for the React DevTools hook. React (also its production build)
 * looks for `__REACT_DEVTOOLS_GLOBAL_HOOK__` when it loads and, when the hook supports fibers,
 * calls `onCommitFiberRoot` after every commit: each time any component re-rendered and React
 * applied the result. Counting those calls counts re-renders of the whole app, whatever changed
 * in the DOM. Everything else the hook is asked to do is a no-op.
 */
function fakeDevtoolsHook(countKey: string): void {
  const counter = window as unknown as Record<string, number>;
  counter[countKey] = 0;
  let renderers = 0;
  const noop = (): void => undefined;
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    value: {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => ++renderers,
      onCommitFiberRoot: () => {
        counter[countKey] = (counter[countKey] ?? 0) + 1;
      },
      onCommitFiberUnmount: noop,
      onPostCommitFiberRoot: noop,
      checkDCE: noop,
    },
  });
}

/**
 * Makes `page` count React commits from its next navigation on: pass as `beforeGoto` to
 * `openPage` / `withPage`. Read the count with `reactCommits`.
 */
export async function countReactCommits(page: Page): Promise<void> {
  await page.addInitScript(fakeDevtoolsHook, COUNT_KEY);
}

/** How many times React has committed since the page loaded; fails when nothing counts. */
export async function reactCommits(page: Page): Promise<number> {
  const count = await page.evaluate(
    (key) => (window as unknown as Record<string, number | undefined>)[key],
    COUNT_KEY,
  );
  if (count === undefined) throw new Error('React commits are not counted: use countReactCommits');
  return count;
}
