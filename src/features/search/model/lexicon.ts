import { tokens } from '../../../shared/model/normalise';

/**
 * Interns words to ids while the entries are built, caching whole texts: organisation, place,
 * gemeente and kind texts repeat across thousands of records, and are tokenised and looked up
 * once each. Ids follow first appearance; `words[id]` is the word.
 */
export interface Lexicon {
  readonly words: string[];
  readonly ids: ReadonlyMap<string, number>;
  /** Id of a word, undefined when it is not in the lexicon. */
  find(word: string): number | undefined;
  /** Id of one normalised word, added when new. */
  intern(word: string): number;
  /** Ids of the words of a raw text (normalised first), cached by text. */
  text(text: string): readonly number[];
  /** Ids of already normalised words. */
  list(words: readonly string[]): number[];
}

/** A new, empty lexicon for one index build. */
export function createLexicon(): Lexicon {
  const words: string[] = [];
  const ids = new Map<string, number>();
  const texts = new Map<string, readonly number[]>();
  const intern = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
    }
    return id;
  };
  return {
    words,
    ids,
    find: (word) => ids.get(word),
    intern,
    text(text) {
      let list = texts.get(text);
      if (!list) {
        list = tokens(text).map(intern);
        texts.set(text, list);
      }
      return list;
    },
    list: (list) => list.map(intern),
  };
}
