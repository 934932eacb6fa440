/**
 * One record of the directive in full: "[B.6] Phụ lục, nhiệm vụ B.6", its whole wording, lead,
 * cooperating agencies, deadline and product. Sent when a "full text" item is clicked (verb
 * 'source') and inserted into conversations by the search message extension.
 */
import type { Language } from '../../../intents/answer.js';
import type { SourceRecord } from '../../../intents/engine.js';
import { sourceAction } from './actions.js';
import { adaptiveCard, type AdaptiveCard } from './card.js';
import { label } from './labels.js';
import { factLines, titleLine } from './record.js';
import { paragraph } from './text.js';

export interface SourceCardOptions {
  /** Offer buttons for the related records (the bot can answer them; an inserted card cannot). */
  relatedButtons?: boolean;
}

/** Related records offered as buttons. */
const MAX_RELATED = 4;

/** The plain-text form of a record (card fallback and notifications). */
export function sourceText(record: SourceRecord, language: Language): string {
  const facts = [
    record.lead ? `${label('lead', language)}: ${record.lead}` : '',
    record.coop ? `${label('coop', language)}: ${record.coop}` : '',
    record.deadline ? `${label('deadline', language)}: ${record.deadline}` : '',
    record.product ? `${label('product', language)}: ${record.product}` : '',
  ].filter((f) => f !== '');
  return [`[${record.id}] ${record.title}`, record.text, ...facts].join('\n');
}

export function sourceCard(record: SourceRecord, language: Language, options: SourceCardOptions = {}): AdaptiveCard {
  const body = [
    titleLine(record.id, record.title),
    paragraph(record.text, { spacing: 'Small' }),
    ...factLines(record, language),
    paragraph(label('directive', language), { separator: true, spacing: 'Medium' }, { isSubtle: true, size: 'Small' }),
  ];
  const related = options.relatedButtons
    ? record.related.slice(0, MAX_RELATED).map((id) => sourceAction(id, `${label('fullText', language)} ${id}`))
    : [];
  return adaptiveCard(body, related, sourceText(record, language));
}
