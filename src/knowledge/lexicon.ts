/**
 * The domain lexicon, compiled: finds in a question the words people type instead of the
 * directive's ("bằng lái", "GPLX", "driving licence") and gives back the directive's own phrases
 * ("giấy phép lái xe"), so retrieval can match them. The data is `LEXICON` in lexicon-data.ts,
 * reviewed like the knowledge base; this module only reads it. Pure.
 */
import { LEXICON, type LexiconEntry } from './lexicon-data.js';
import { fold, lowerExact } from './text.js';

/** A lexicon phrase found in a question. */
export interface LexiconHit {
  /** The folded words the question used. */
  said: string;
  /** The directive's phrase, folded. */
  means: string;
  /** The matched entry words as the lexicon writes them (lower case, diacritics kept). */
  exact: readonly string[];
  /** Word offsets of the match in the folded question (end exclusive). */
  start: number;
  end: number;
}

export interface Lexicon {
  /** Lexicon phrases in a folded question: the longest at each position, none inside another. */
  find(foldedWords: readonly string[]): LexiconHit[];
  /** The number of entries. */
  readonly size: number;
}

interface Phrase {
  words: readonly string[];
  /** The words as the entry writes them, lower case (diacritics kept). */
  exact: readonly string[];
  means: string;
}

/** Lower case, NFC, one tone placement: how a typed word and an entry's word are compared. */
function exactWords(text: string): string[] {
  return lowerExact(text)
    .split(' ')
    .filter((w) => w !== '');
}

/** A word trie: the phrase that ends here (the first entry listed wins), and the words that go on. */
interface Node {
  phrase?: Phrase;
  next: Map<string, Node>;
}

/** Compiles entries (the bundled lexicon by default) into a matcher over a trie of folded words. */
export function createLexicon(entries: readonly LexiconEntry[] = LEXICON): Lexicon {
  const root: Node = { next: new Map() };
  for (const e of entries) {
    const means = fold(e.means);
    for (const said of [e.means, ...e.say]) {
      const words = fold(said)
        .split(' ')
        .filter((w) => w !== '');
      if (words.length === 0) continue;
      const exact = exactWords(said);
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(w, child);
        }
        node = child;
      }
      node.phrase ??= { words, exact: exact.length === words.length ? exact : words, means };
    }
  }

  /** The longest phrase starting at word i. */
  function longestAt(words: readonly string[], i: number): Phrase | undefined {
    let node: Node | undefined = root;
    let found: Phrase | undefined;
    for (let k = i; k < words.length; k++) {
      node = node.next.get(words[k]!);
      if (node === undefined) break;
      if (node.phrase) found = node.phrase;
    }
    return found;
  }

  return {
    size: entries.length,
    find(words) {
      const hits: LexiconHit[] = [];
      let covered = 0;
      for (let i = 0; i < words.length; i++) {
        const found = longestAt(words, i);
        if (found === undefined) continue;
        const end = i + found.words.length;
        // A phrase inside one already found ("thẻ căn cước" in "thẻ căn cước gắn chip") adds nothing; one that
        // overlaps it and goes on ("định danh điện tử cho doanh nghiệp" after "tài khoản định danh điện tử") does.
        if (end <= covered) continue;
        hits.push({ said: found.words.join(' '), means: found.means, exact: found.exact, start: i, end });
        covered = end;
      }
      return hits;
    },
  };
}
