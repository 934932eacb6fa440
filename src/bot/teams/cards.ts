/**
 * Adaptive Cards (schema 1.5, what Teams renders) for every reply the Teams bot sends: an Answer,
 * a tour step, the welcome, a cited record's full text, the apology, and message-extension
 * results. Pure: data in, card JSON out. Text that could carry markdown is escaped, so what a user
 * typed is never rendered as markup.
 */
import type { Answer, Citation } from '../../intents/answer.js';
import type { SourceRecord } from '../../intents/engine.js';

export type Card = Record<string, unknown> & { type: 'AdaptiveCard'; version: '1.5' };

/** Backslash-escapes the characters Adaptive Cards' markdown gives meaning to. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!>~|-])/gu, '\\$1').replace(/^(\d+)\./gmu, '$1\\.');
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: escapeMarkdown(value), wrap: true, ...extra });

function card(body: unknown[], actions: unknown[], fallbackText: string, speak?: string): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    ...(speak ? { speak } : {}),
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** A button that sends `question` as if the user typed it (Teams messageBack). */
export function askAction(question: string): Record<string, unknown> {
  return { type: 'Action.Submit', title: question.length > 60 ? `${question.slice(0, 57)}…` : question, data: { msteams: { type: 'messageBack', text: question, displayText: question }, verb: 'ask', question } };
}

/** A button that asks the bot for a cited record's full text. */
export function sourceAction(id: string, language: 'vi' | 'en'): Record<string, unknown> {
  return { type: 'Action.Submit', title: language === 'vi' ? `Toàn văn ${id}` : `Full text of ${id}`, data: { verb: 'source', id } };
}

export function tourAction(op: 'next' | 'back' | 'exit' | 'start', title: string): Record<string, unknown> {
  return { type: 'Action.Submit', title, data: { verb: 'tour', op } };
}

/** At most this many items carry their own "full text" button (Teams limits card size). */
const SOURCE_BUTTONS = 40;

export function answerCard(answer: Answer): Card {
  const lang = answer.language;
  const body: unknown[] = [text(answer.heading, { size: 'Medium', weight: 'Bolder', style: 'heading' })];
  for (const p of answer.intro) body.push(text(p, { spacing: 'Small' }));
  let buttons = 0;
  for (const g of answer.groups) {
    const items = g.items.map((it) => {
      const facts = [it.lead ? `${lang === 'vi' ? 'Chủ trì' : 'Lead'}: ${it.lead}` : '', it.deadline ? `${lang === 'vi' ? 'Hạn' : 'Deadline'}: ${it.deadline}` : ''].filter(Boolean).join(' · ');
      const parts: unknown[] = [
        text(`[${it.citationId}] ${it.text}`, { spacing: 'Small' }),
        ...(facts ? [text(facts, { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
      ];
      if (buttons < SOURCE_BUTTONS) {
        buttons++;
        parts.push({ type: 'ActionSet', spacing: 'None', actions: [sourceAction(it.citationId, lang)] });
      }
      return { type: 'Container', spacing: 'Small', items: parts };
    });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items: [text(g.title, { weight: 'Bolder' }), ...items] });
  }
  if (answer.groups.length === 0 && answer.citations.length > 0) {
    body.push({ type: 'ActionSet', actions: answer.citations.slice(0, 5).map((c) => sourceAction(c.id, lang)) });
  }
  for (const n of answer.notes) body.push(text(n, { isSubtle: true, size: 'Small', separator: true }));
  const actions = answer.tour ? tourActions(answer) : answer.suggestions.slice(0, 5).map(askAction);
  return card(body, actions, answer.text);
}

function tourActions(answer: Answer): unknown[] {
  const t = answer.tour!;
  const vi = answer.language === 'vi';
  if (t.ended) return answer.suggestions.slice(0, 4).filter((s) => !/^(Quay lại|Back)$/u.test(s)).map(askAction).concat(t.canBack ? [tourAction('back', vi ? 'Quay lại' : 'Back')] : [], [tourAction('start', vi ? 'Xem lại từ đầu' : 'Start again')]);
  return [
    ...(t.canBack ? [tourAction('back', vi ? '◀ Quay lại' : '◀ Back')] : []),
    tourAction('next', t.canNext ? (vi ? 'Tiếp theo ▶' : 'Next ▶') : (vi ? 'Kết thúc' : 'Finish')),
    tourAction('exit', vi ? 'Thoát' : 'Exit'),
  ];
}

export function sourceCard(source: SourceRecord, language: 'vi' | 'en'): Card {
  const vi = language === 'vi';
  const facts = [
    source.lead ? { title: vi ? 'Chủ trì' : 'Lead', value: escapeMarkdown(source.lead) } : undefined,
    source.coop ? { title: vi ? 'Phối hợp' : 'Cooperating', value: escapeMarkdown(source.coop) } : undefined,
    source.deadline ? { title: vi ? 'Thời hạn' : 'Deadline', value: escapeMarkdown(source.deadline) } : undefined,
    source.product ? { title: vi ? 'Sản phẩm' : 'Product', value: escapeMarkdown(source.product) } : undefined,
  ].filter((f) => f !== undefined);
  const body: unknown[] = [text(`${source.title} [${source.id}]`, { weight: 'Bolder', size: 'Medium' }), text(source.text)];
  if (facts.length > 0) body.push({ type: 'FactSet', facts });
  const actions = source.related.slice(0, 4).map((id) => sourceAction(id, language));
  return card(body, actions, `[${source.id}] ${source.text}`);
}

export function welcomeCard(examples: readonly string[], language: 'vi' | 'en' = 'vi'): Card {
  const vi = language === 'vi';
  return card(
    [
      text(vi ? 'Xin chào! Tôi là Trợ lý Chỉ thị 05.' : 'Hello! I am the Directive 05 assistant.', { size: 'Large', weight: 'Bolder' }),
      text(vi
        ? 'Tôi trả lời câu hỏi về Chỉ thị số 05/CT-TTg ngày 23/02/2023 (Đề án 06): bộ, ngành, địa phương nào phải làm gì, hạn khi nào, phối hợp với ai — luôn kèm số mục để đối chiếu. Câu hỏi ngoài Chỉ thị sẽ được nói rõ.'
        : 'I answer questions about Directive 05/CT-TTg of 23 February 2023 (Đề án 06): who must do what, by when, with whom — always citing item numbers. I say so when the directive does not cover a question.'),
      text(vi ? 'Thử hỏi:' : 'Try:', { weight: 'Bolder' }),
    ],
    [...examples.slice(0, 3).map(askAction), tourAction('start', vi ? 'Hướng dẫn từng bước' : 'Guided tour')],
    vi ? 'Xin chào! Tôi là Trợ lý Chỉ thị 05. Hỏi tôi về nhiệm vụ, thời hạn, cơ quan chủ trì trong Chỉ thị 05/CT-TTg.' : 'Hello! Ask me about the tasks, deadlines and lead agencies of Directive 05/CT-TTg.',
  );
}

export function apologyCard(language: 'vi' | 'en' = 'vi'): Card {
  const message = language === 'vi' ? 'Xin lỗi, đã có lỗi khi trả lời câu hỏi này. Bạn vui lòng thử lại.' : 'Sorry, something went wrong while answering. Please try again.';
  return card([text(message)], [], message);
}

/** The card inserted into a conversation from the search extension. */
export function citationCard(c: Citation, language: 'vi' | 'en'): Card {
  const vi = language === 'vi';
  const facts = [
    c.lead ? { title: vi ? 'Chủ trì' : 'Lead', value: escapeMarkdown(c.lead) } : undefined,
    c.coop ? { title: vi ? 'Phối hợp' : 'Cooperating', value: escapeMarkdown(c.coop) } : undefined,
    c.deadline ? { title: vi ? 'Thời hạn' : 'Deadline', value: escapeMarkdown(c.deadline) } : undefined,
  ].filter((f) => f !== undefined);
  return card(
    [text(`${c.title} [${c.id}]`, { weight: 'Bolder' }), text(c.quote), ...(facts.length > 0 ? [{ type: 'FactSet', facts }] : []), text(vi ? 'Nguồn: Chỉ thị số 05/CT-TTg ngày 23/02/2023' : 'Source: Directive 05/CT-TTg of 23 February 2023', { isSubtle: true, size: 'Small' })],
    [],
    `[${c.id}] ${c.quote}`,
  );
}
