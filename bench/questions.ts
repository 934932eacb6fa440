/**
 * The questions the bench asks: a few thousand varied ones, generated from templates over every
 * agency, month, reference form and phrasing family, with the realistic sets' questions mixed in
 * (one in four; deterministic: same list every run), and the HTTP bodies that carry them.
 */
import { readFileSync } from 'node:fs';
import { AGENCIES } from '../src/knowledge/agencies.js';
import { stripDiacritics } from '../src/knowledge/text.js';

const TEMPLATES = [
  (a: string, m: number) => `${a} phải hoàn thành những nhiệm vụ gì đến hết tháng ${m}/2023?`,
  (a: string, m: number) => `${a} phai lam gi truoc thang ${m} nam 2023`,
  (a: string) => `${a} có nhiệm vụ gì?`,
  (a: string) => `Chào ad, cho em hỏi ${a} phối hợp những việc gì ạ`,
  (a: string, m: number) => `Fwd: ${a} lm gì trong t${m} ko`,
  (a: string) => `Còn ${a} thì sao?`,
  (a: string) => `${a} chủ trì bao nhiêu nhiệm vụ?`,
  (_a: string, m: number) => `Những nhiệm vụ nào hết hạn trong tháng ${m}/2023?`,
  (a: string, m: number) => `What must ${a} deliver by month ${m} 2023?`,
];
const FIXED = [
  'B.6 là gì?',
  'Mục 5 phần C của phụ lục nói gì?',
  'nhiệm vụ số 29 phần B',
  'Item B.34',
  'Mục 3 của Chỉ thị nói về gì?',
  'điểm nghẽn thứ 4',
  'Ai chủ trì việc cấp giấy khai sinh điện tử?',
  'Khi nào phải cấp xong 40 triệu tài khoản định danh điện tử?',
  'Who leads the national land database?',
  'Thời tiết Hà Nội hôm nay thế nào?',
  'Hướng dẫn nấu phở bò',
  'Chỉ thị 05 do ai ký?',
  'Những điểm nghẽn trong triển khai Đề án 06 là gì?',
  'Nhiệm vụ nào nói về thẻ bảo hiểm y tế?',
  'Phần C có bao nhiêu nhiệm vụ?',
  'Bộ Thông tin và Truyền thông giờ là bộ nào?',
  'Những nhiệm vụ nào thực hiện thường xuyên?',
  'quý 1',
  '6 tháng đầu năm',
  'tháng 13',
  'hướng dẫn',
  'VNeID',
  'xyz',
  '<script>alert(1)</script>',
  'x'.repeat(3000),
];

/** The realistic sets' questions, as officials, help-desk staff and new staff write them (long forwarded messages included). */
const REALISTIC = ['realistic.dev.jsonl', 'realistic.team.jsonl'].flatMap((f) =>
  readFileSync(new URL(`../test/fixtures/${f}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

export function benchQuestions(count = 3000): string[] {
  const names = AGENCIES.flatMap((a) => [a.name, a.short, stripDiacritics(a.name), ...a.aliases.slice(0, 2)]);
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    const t = TEMPLATES[i % TEMPLATES.length]!;
    out.push(t(names[i % names.length]!, (i % 12) + 1));
    if (i % 7 === 0) out.push(FIXED[i % FIXED.length]!);
    if (i % 3 === 0) out.push(REALISTIC[i % REALISTIC.length]!);
    i++;
  }
  return out.slice(0, count);
}

/** The request bodies of one route, one list per conversation (see `conversationBodies`). */
export interface ConversationBodies {
  /** POST /api/ask bodies (the floor is sent these too): `{ text, conversationId }`. */
  ask: string[][];
  /** POST /api/messages bodies: Teams message activities answered in the response (expectReplies). */
  messages: string[][];
}

/**
 * Each of `conversations` conversations asks every question in turn, starting at its own place in
 * the list so that they do not ask the same question at the same moment. A conversation has its
 * own id (`conversationId`, or the activity's `conversation.id` and `from.id`).
 */
export function conversationBodies(questions: readonly string[], conversations: number): ConversationBodies {
  const turns = (c: number) => questions.map((_q, n) => questions[(n + c * 13) % questions.length]!);
  const ids = Array.from({ length: conversations }, (_x, c) => c);
  return {
    ask: ids.map((c) => turns(c).map((text) => JSON.stringify({ text, conversationId: `bench-ask-${c}` }))),
    messages: ids.map((c) =>
      turns(c).map((text, n) =>
        JSON.stringify({
          type: 'message',
          id: `bench-${c}-${n}`,
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/teams/',
          from: { id: `bench-user-${c}` },
          recipient: { id: 'bot' },
          conversation: { id: `bench-teams-${c}` },
          text,
          deliveryMode: 'expectReplies',
        }),
      ),
    ),
  };
}
