/**
 * The domain lexicon is data reviewed like the knowledge base: every phrase it maps to is the
 * directive's own wording, and no typed phrase means two things. The matcher finds the longest
 * phrase at each position and never one inside another.
 */
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../src/knowledge/lexicon.js';
import { LEXICON } from '../../src/knowledge/lexicon-data.js';
import { fold } from '../../src/knowledge/text.js';
import { readSeed } from '../../src/seed-file.js';

const seed = ` ${fold(readSeed())} `;

describe('the lexicon data', () => {
  it('when each entry is read, then its `means` occurs word for word in the directive (nothing is invented)', () => {
    const missing = LEXICON.filter((e) => !seed.includes(` ${fold(e.means)} `)).map((e) => e.means);
    expect(missing).toEqual([]);
  });

  it('when every typed phrase is folded, then none is listed under two different directive phrases', () => {
    const meaning = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of LEXICON) {
      for (const said of e.say) {
        const key = fold(said);
        const before = meaning.get(key);
        if (before !== undefined && before !== fold(e.means)) clashes.push(`${said}: ${before} / ${e.means}`);
        meaning.set(key, fold(e.means));
      }
    }
    expect(clashes).toEqual([]);
  });

  it('when an entry is read, then it says something other than its own wording', () => {
    expect(LEXICON.filter((e) => e.say.length === 0).map((e) => e.means)).toEqual([]);
  });
});

describe('the lexicon matcher', () => {
  const lexicon = createLexicon([
    { means: 'giấy phép lái xe', say: ['bằng lái', 'GPLX', 'driving licence'] },
    { means: 'tài khoản định danh điện tử', say: ['e-ID account'] },
    { means: 'định danh điện tử cho doanh nghiệp', say: ['định danh điện tử cho doanh nghiệp'] },
    { means: 'thẻ căn cước công dân', say: ['căn cước'] },
    { means: 'thẻ căn cước công dân gắn chip', say: ['căn cước gắn chip', 'CCCD gắn chip'] },
  ]);
  const find = (q: string) => lexicon.find(fold(q).split(' ')).map((h) => h.means);

  it('when a citizen writes an abbreviation, English or everyday words, then the directive phrase is found', () => {
    expect(find('đổi GPLX online')).toEqual(['giay phep lai xe']);
    expect(find('renew my driving licence')).toEqual(['giay phep lai xe']);
    expect(find('doi bang lai xe')).toEqual(['giay phep lai xe']);
  });

  it(
    'when a longer phrase starts at the same word, then the longer one wins ("căn cước gắn ' + 'chip", not "căn cước")',
    () => {
      expect(find('dùng căn cước gắn chip đi khám')).toEqual(['the can cuoc cong dan gan chip']);
    },
  );

  it('when two phrases overlap and the second goes on, then both are found', () => {
    expect(find('tài khoản định danh điện tử cho doanh nghiệp')).toEqual([
      'tai khoan dinh danh dien tu',
      'dinh danh dien tu cho doanh nghiep',
    ]);
  });

  it('when nothing matches, then nothing is found', () => {
    expect(find('thời tiết Hà Nội')).toEqual([]);
  });
});
