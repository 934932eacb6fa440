/**
 * Results of the search message extension: for each matching record, a compact preview for the
 * result list (a thumbnail card: "[B.6] Phụ lục, nhiệm vụ B.6" and the start of the task with its
 * deadline) and the Adaptive Card inserted into the conversation when it is picked (the record
 * in full, see source-card). Preview text is HTML-escaped: Teams reads it as HTML.
 */
import type { Citation, Language } from '../../../intents/answer.js';
import type { SourceRecord } from '../../../intents/engine.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './card.js';
import { label } from './labels.js';
import { sourceCard } from './source-card.js';
import { clip } from '../../text/clip.js';
import { escapeHtml } from './text.js';

export const THUMBNAIL_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';

/** Characters of the task shown in a preview. */
const PREVIEW_TEXT = 110;

export interface ThumbnailPreview {
  contentType: typeof THUMBNAIL_CARD_CONTENT_TYPE;
  content: { title: string; text: string };
}

export interface SearchResultAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
  preview: ThumbnailPreview;
}

/** The preview of one hit in the extension's result list. */
export function searchPreview(hit: Citation, language: Language): ThumbnailPreview {
  const facts = [
    hit.lead ? `${label('lead', language)}: ${hit.lead}` : '',
    hit.deadline ? `${label('deadline', language)}: ${hit.deadline}` : '',
  ]
    .filter((f) => f !== '')
    .join(' · ');
  const text = [clip(hit.quote, PREVIEW_TEXT), facts].filter((t) => t !== '').join(' — ');
  return {
    contentType: THUMBNAIL_CARD_CONTENT_TYPE,
    content: { title: escapeHtml(`[${hit.id}] ${hit.title}`), text: escapeHtml(text) },
  };
}

/** A hit as a result: the preview and the card inserted into the conversation. */
export function searchResult(
  hit: Citation,
  record: SourceRecord | undefined,
  language: Language,
): SearchResultAttachment {
  const full: SourceRecord = record ?? {
    id: hit.id,
    kind: hit.kind,
    title: hit.title,
    text: hit.quote,
    related: [],
    ...pick(hit),
  };
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: sourceCard(full, language),
    preview: searchPreview(hit, language),
  };
}

function pick(hit: Citation): Partial<SourceRecord> {
  const out: Partial<SourceRecord> = {};
  if (hit.lead) out.lead = hit.lead;
  if (hit.coop) out.coop = hit.coop;
  if (hit.deadline) out.deadline = hit.deadline;
  if (hit.product) out.product = hit.product;
  return out;
}
