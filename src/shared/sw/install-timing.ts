/**
 * When the offline worker may install: after the page has loaded, once the browser is idle and no
 * part of the page still holds it back (the data while it loads, the map while it loads). The
 * install then finds what the page fetched in the HTTP cache instead of downloading it a second
 * time beside the page. A hold that never ends (a map that fails) stops counting after
 * HOLD_LIMIT_MS, so the worker always installs in the end.
 */

/** The longest the install waits for holds after the page has loaded. */
const HOLD_LIMIT_MS = 30_000;

let holds = 0;
const waiting = new Set<() => void>();

/**
 * Holds the install back until the returned function is called (also usable as a React effect:
 * `useEffect(() => (busy ? holdInstall() : undefined), [busy])`).
 */
export function holdInstall(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0) for (const done of [...waiting]) done();
  };
}

function idle(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => { done(); }, { timeout: 5000 });
    else setTimeout(done, 1000);
  });
}

/** Resolves when the install may start: idle, with no holds (or after HOLD_LIMIT_MS). */
export async function installMayStart(): Promise<void> {
  await idle();
  if (holds > 0) {
    await new Promise<void>((done) => {
      const finish = () => {
        waiting.delete(finish);
        clearTimeout(timer);
        done();
      };
      const timer = setTimeout(finish, HOLD_LIMIT_MS);
      waiting.add(finish);
    });
    await idle();
  }
}
