/** What the answer to "Hulp bij u in de buurt" is worked out with: one lazy chunk. */
export { findNearby } from './nearby';
export { resolveOrigin } from './resolve-origin';
export { answerFocus } from './answer-focus';
