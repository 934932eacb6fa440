/**
 * Retrieval over the real directive. Each ranking test says why its top record should win; each
 * floor test says why nothing should be answered.
 */
import { describe, expect, it } from 'vitest';
import { createRetriever, type TopicQuery } from '../../src/intents/retrieval.js';
import { fold } from '../../src/knowledge/text.js';
import { loadKnowledgeFromSeed } from '../../src/seed-file.js';

const kb = loadKnowledgeFromSeed();
const retriever = createRetriever(kb);
const topic = (text: string): TopicQuery => {
  const words = fold(text).split(' ');
  return { words, phrases: kb.lexicon.find(words).map((h) => h.means) };
};
const top = (text: string) => retriever.find(topic(text), { limit: 3 }).map((h) => h.id);

describe('ranking', () => {
  it('when the question holds a row\'s rare word pair ("khai sinh điện tử"), then that row comes first', () => {
    // B.34 is the only row with "Giấy khai sinh điện tử"; S10.2 states the same duty in the body.
    expect(top('cấp giấy khai sinh điện tử')[0]).toMatch(/^(?:B\.34|S10\.2)$/u);
  });

  it('when a citizen writes "bằng lái" and "online", then the lexicon brings the driving-licence row first', () => {
    // Neither word is in the directive: "giấy phép lái xe" and "trực tuyến" come from the lexicon.
    expect(top('đổi bằng lái online toàn trình')).toContain('B.42');
  });

  it("when the question is long and mostly a citizen's story, then the rare pairs still find the row", () => {
    // Most words ("mẹ tôi", "bệnh viện huyện", "đọc báo") are the story; "gắn chip" and "thẻ BHYT" point to C.3.
    const ids = top(
      'Mẹ tôi đi khám ở bệnh viện huyện nhưng họ vẫn đòi thẻ BHYT giấy, tôi đọc báo thấy dùng CCCD gắn chip là được',
    );
    expect(ids).toContain('C.3');
  });

  it('when a filter is given, then only records it keeps are returned', () => {
    const hits = retriever.find(topic('cơ sở dữ liệu'), { limit: 10, filter: (id) => id.startsWith('B.') });
    expect(hits.every((h) => h.id.startsWith('B.'))).toBe(true);
  });
});

describe('the floor', () => {
  it(
    'when a question shares only common words with the directive ("hướng dẫn nấu phở bò"), ' +
      'then nothing is returned',
    () => {
      // "hướng dẫn" is everywhere; "nấu", "phở" nowhere: no rare pair, coverage far below the floor.
      expect(top('hướng dẫn nấu phở bò')).toEqual([]);
    },
  );

  it('when a question has no content word, then nothing is returned', () => {
    expect(retriever.find({ words: ['là', 'gì'].map(fold), phrases: [] })).toEqual([]);
  });
});

describe('sentences and phrases', () => {
  it('when the best sentence of a record is asked for, then it is returned whole, with its figure', () => {
    const s = retriever.bestSentence('B.6', topic('hiển thị hồ sơ sức khỏe lên bao nhiêu tài khoản'))!;
    expect(s).toContain('30 triệu');
    expect(s.endsWith('…')).toBe(false);
  });

  it('when a phrase is looked up, then every record holding it word for word is returned', () => {
    const ids = retriever.containing('vneid');
    for (const id of ['B.6', 'C.4']) expect(ids).toContain(id);
    expect(retriever.containing('pho bo')).toEqual([]);
  });
});
