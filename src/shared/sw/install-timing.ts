/**
 * What holds the offline worker's install back: the map while it loads.
 * The install (register.ts) waits until nothing holds it, so it finds what the page fetched in the
 * HTTP cache instead of downloading it a second time beside the page.
 */

let holds = 0;
let onFree: (() => void) | undefined;

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
    if (holds === 0) onFree?.();
  };
}

/** Resolves when nothing holds the install back (at once when nothing does). */
export function installFree(): Promise<void> {
  return new Promise((done) => {
    if (holds === 0) done();
    else onFree = done;
  });
}
