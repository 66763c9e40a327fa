/**
 * Collects (word, entry, role) postings while the entries are built, in one growing typed array,
 * then sorts them into compressed rows per word. The word lists of an entry are garbage as soon
 * as they are posted, which keeps the garbage collector out of the index build.
 */
export interface PostingsBuilder {
  /** Posts the words of `entry` in `role`; a word already posted for this entry is skipped. */
  add(entry: number, words: readonly number[], role: number): void;
  /** Compressed rows: word w's postings are `postings[postingStart[w] .. postingStart[w + 1])`. */
  build(wordCount: number): { postingStart: Int32Array; postings: Int32Array };
}

/** Bits of a posting that hold the role; the entry id sits above them. */
export const ROLE_BITS = 2;
export const ROLE_MASK = (1 << ROLE_BITS) - 1;

/** A new builder for one index build. */
export function createPostingsBuilder(): PostingsBuilder {
  let pairs = new Int32Array(1 << 16);
  let length = 0;
  let lastEntry = new Int32Array(1 << 12).fill(-1);
  return {
    add(entry, words, role) {
      for (const word of words) {
        if (word >= lastEntry.length) {
          const grown = new Int32Array(Math.max(word + 1, lastEntry.length * 2)).fill(-1);
          grown.set(lastEntry);
          lastEntry = grown;
        }
        if (lastEntry[word] === entry) continue;
        lastEntry[word] = entry;
        if (length + 2 > pairs.length) {
          const grown = new Int32Array(pairs.length * 2);
          grown.set(pairs);
          pairs = grown;
        }
        pairs[length] = word;
        pairs[length + 1] = (entry << ROLE_BITS) | role;
        length += 2;
      }
    },
    build(wordCount) {
      const postingStart = new Int32Array(wordCount + 1);
      for (let i = 0; i < length; i += 2) {
        const word = pairs[i] ?? 0;
        postingStart[word + 1] = (postingStart[word + 1] ?? 0) + 1;
      }
      for (let w = 0; w < wordCount; w += 1) {
        postingStart[w + 1] = (postingStart[w + 1] ?? 0) + (postingStart[w] ?? 0);
      }
      const fill = postingStart.slice(0, wordCount);
      const postings = new Int32Array(length / 2);
      for (let i = 0; i < length; i += 2) {
        const word = pairs[i] ?? 0;
        const at = fill[word] ?? 0;
        postings[at] = pairs[i + 1] ?? 0;
        fill[word] = at + 1;
      }
      return { postingStart, postings };
    },
  };
}
