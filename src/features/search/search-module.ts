/**
 * What the search loads on first use, in one lazy chunk: the index (with Fuse) and the words of
 * its suggestions, so neither weighs on the first view.
 */
export { buildSearchIndex, searchQuery } from './model/search-index';
export { toOptions } from './hit-options';
