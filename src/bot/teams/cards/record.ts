/**
 * Pieces shared by every card that shows a record of the directive (an appendix row, a body
 * paragraph, a section, a bottleneck): its "[B.6] title" line, its facts (lead, cooperating,
 * deadline, product) and its full text.
 */
import type { Language } from '../../../intents/answer.js';
import type { CardElement } from './card.js';
import { label } from './labels.js';
import { paragraph, run, type BlockOptions, type TextRun } from './text.js';

export interface RecordFacts {
  lead?: string | undefined;
  coop?: string | undefined;
  deadline?: string | undefined;
  product?: string | undefined;
}

/** "[B.6] Phụ lục, nhiệm vụ B.6" with the id stressed. */
export function titleLine(id: string, title: string, options: BlockOptions = {}): CardElement {
  return paragraph([run(`[${id}] `, { weight: 'Bolder', color: 'Accent' }), run(title, { weight: 'Bolder' })], options);
}

/** One subtle line "Chủ trì: … · Hạn: …" (only the facts present), or undefined when none is. */
export function factsLine(facts: RecordFacts, language: Language, extra: TextRun[] = []): CardElement | undefined {
  const parts: string[] = [];
  if (facts.lead) parts.push(`${label('lead', language)}: ${facts.lead}`);
  if (facts.coop) parts.push(`${label('coop', language)}: ${facts.coop}`);
  if (facts.deadline) parts.push(`${label('deadline', language)}: ${facts.deadline}`);
  if (facts.product) parts.push(`${label('product', language)}: ${facts.product}`);
  if (parts.length === 0 && extra.length === 0) return undefined;
  return paragraph([run(parts.join(' · '), { isSubtle: true, size: 'Small' }), ...extra], { spacing: 'None' });
}

/** The facts as separate labelled lines (for a card about one record). */
export function factLines(facts: RecordFacts, language: Language): CardElement[] {
  const rows: Array<[Parameters<typeof label>[0], string | undefined]> = [
    ['lead', facts.lead],
    ['coop', facts.coop],
    ['deadline', facts.deadline],
    ['product', facts.product],
  ];
  return rows
    .filter((r): r is [Parameters<typeof label>[0], string] => typeof r[1] === 'string' && r[1] !== '')
    .map(([key, value]) =>
      paragraph([run(`${label(key, language)}: `, { weight: 'Bolder' }), run(value)], { spacing: 'Small' }),
    );
}
