/**
 * An Answer as an Adaptive Card: the heading, the answer's intro paragraphs, each group of items
 * ("[B.10] task — Chủ trì · Hạn") whose full text opens in place when the item is clicked, the
 * notes, the other records it cites, and its follow-up questions (or, for a tour step, the tour's
 * buttons). Only renders: what to say was decided by the engine.
 *
 * Teams refuses messages larger than about 28 KB, so the card is kept under `maxBytes`: full texts
 * are placed in the card while they fit and are otherwise fetched on click (verb 'source'); a list
 * too long even without them shows its first items per group and says how many were left out.
 */
import type { Answer, AnswerGroup, AnswerGroupKey, AnswerItem, Citation } from '../../../intents/answer.js';
import type { SourceRecord } from '../../../intents/engine.js';
import { askAction, sourceAction, toggleAction } from './actions.js';
import { adaptiveCard, cardBytes, type AdaptiveCard, type CardAction, type CardElement } from './card.js';
import { label } from './labels.js';
import { factLines, factsLine, titleLine, type RecordFacts } from './record.js';
import { tourActions } from './tour-actions.js';
import { clip } from '../../text/clip.js';
import { paragraph, run } from './text.js';

/** Full text of a cited record (the engine's `source`). */
export type SourceLookup = (id: string) => SourceRecord | undefined;

export interface AnswerCardOptions {
  /** Looks up full texts to place in the card; without it, items fetch them on click. */
  source?: SourceLookup;
  /**
   * The full-text parts already made from `source`'s records, by language, record and shown text,
   * filled as cards are made. Records never change, so a part is made and measured once and
   * shared by every card (cards are only serialised, never changed). This is the one cache of the
   * Teams channel: `npm run bench` shows that without it the cards of long answers, each built
   * several times to fit Teams' size limit, cost /api/messages most of its throughput.
   */
  fullTexts?: Map<string, FullText>;
  /** Largest card in UTF-8 bytes of JSON. Default {@link DEFAULT_MAX_CARD_BYTES}. */
  maxBytes?: number;
}

/** Below Teams' ~28 KB message limit, leaving room for the activity around the card. */
export const DEFAULT_MAX_CARD_BYTES = 24 * 1024;

/** Follow-up questions offered as buttons. */
const MAX_SUGGESTIONS = 5;
/** Sources listed openly; more than this are behind a "show sources" button. */
const OPEN_SOURCES = 3;
/**
 * When a list is too long for one card, groups are shortened in this order (an agency's own
 * duties last), each to no fewer than {@link MIN_SHOWN} items.
 */
const SHRINK_ORDER: readonly AnswerGroupKey[] = [
  'cooperation',
  'shared',
  'recurring',
  'from',
  'external',
  'predecessor',
  'paragraphs',
  'results',
  'own',
];
const MIN_SHOWN = 3;
/** Characters of an item's task shown before its full text is opened. */
const ITEM_TEXT = 160;
/** The plain-text fallback is shortened to this when the card is too large. */
const SHORT_FALLBACK = 600;

interface Build {
  answer: Answer;
  lookup: SourceLookup | undefined;
  /** Bytes still available for full texts placed in the card. */
  budget: number;
  /** Items shown, per group (by index). */
  caps: readonly number[];
  fallback: string;
  nextId: number;
  fullTexts: Map<string, FullText>;
}

/** A record's hidden "full text" part and its size, or undefined when it would add nothing. */
export type FullText = { parts: CardElement[]; bytes: number } | undefined;

/** Entries of a FullTexts map kept at most (records × shown texts × languages: a few thousand). */
const MAX_FULL_TEXTS = 20_000;

/** The first part of a quote, to tell whether the answer's text already shows it. */
const shownIn = (text: string, quote: string) => {
  const q = quote.replace(/…$/u, '').trim();
  return q === '' || text.includes(q.slice(0, 60));
};

/** The hidden "full text" part of an item or source, or undefined when it would add nothing. */
function fullTextPart(b: Build, id: string, shownText: string, alsoIds: readonly string[]): FullText {
  const key = `${b.answer.language}\u0000${id}\u0000${shownText}\u0000${alsoIds.join(',')}`;
  if (b.fullTexts.has(key)) return b.fullTexts.get(key);
  const part = makeFullTextPart(b, id, shownText, alsoIds);
  if (b.fullTexts.size < MAX_FULL_TEXTS) b.fullTexts.set(key, part);
  return part;
}

function makeFullTextPart(b: Build, id: string, shownText: string, alsoIds: readonly string[]): FullText {
  const lang = b.answer.language;
  const record = b.lookup?.(id);
  if (!record) return undefined;
  const parts: CardElement[] = [];
  const clipped = shownText.replace(/…$/u, '').trim();
  if (record.text.replace(/\s+/gu, ' ').trim() !== clipped) parts.push(paragraph(record.text, { spacing: 'Small' }));
  parts.push(...factLines({ coop: record.coop, product: record.product }, lang));
  const related = [...new Set([...alsoIds, ...record.related])].filter((r) => r !== id);
  if (related.length > 0)
    parts.push(
      paragraph(
        `${label('related', lang)}: ${related.join(', ')}`,
        { spacing: 'Small' },
        { isSubtle: true, size: 'Small' },
      ),
    );
  return parts.length > 0 ? { parts, bytes: cardBytes(parts) } : undefined;
}

/**
 * An item or source: its lines, then its facts line ending in a click hint; clicking it opens its
 * full text in place (ToggleVisibility of a hidden part) while the budget allows, otherwise asks
 * the bot for it (verb 'source').
 */
function withFullText(
  b: Build,
  head: CardElement[],
  facts: RecordFacts,
  id: string,
  shownText: string,
  alsoIds: readonly string[],
): CardElement {
  const lang = b.answer.language;
  const hidden = fullTextPart(b, id, shownText, alsoIds);
  if (b.lookup !== undefined && hidden === undefined) {
    const line = factsLine(facts, lang);
    return { type: 'Container', items: line ? [...head, line] : head };
  }
  const hint = run(`${hasFacts(facts) ? ' · ' : ''}▸ ${label('fullText', lang)}`, { isSubtle: true, size: 'Small' });
  const items = [...head, factsLine(facts, lang, [hint])!];
  if (hidden) {
    const targetId = `full-${b.nextId++}`;
    const part: CardElement = { type: 'Container', id: targetId, isVisible: false, items: hidden.parts };
    // The container around the parts, its id and the toggle action cost a little more.
    const cost = hidden.bytes + 110 + targetId.length * 2;
    if (cost <= b.budget) {
      b.budget -= cost;
      return {
        type: 'Container',
        items: [...items, part],
        selectAction: toggleAction([targetId], label('fullText', lang)),
      };
    }
  }
  return { type: 'Container', items, selectAction: sourceAction(id, label('fullText', lang)) };
}

const hasFacts = (f: RecordFacts) => [f.lead, f.coop, f.deadline, f.product].some(Boolean);

function itemElement(b: Build, item: AnswerItem): CardElement {
  const text = clip(item.text, ITEM_TEXT);
  const head = [paragraph([run(`[${item.citationId}] `, { weight: 'Bolder' }), run(text)])];
  return withFullText(b, head, { lead: item.lead, deadline: item.deadline }, item.citationId, text, item.alsoIds);
}

function groupElement(b: Build, group: AnswerGroup, cap: number): CardElement {
  const lang = b.answer.language;
  const shown = group.items.slice(0, cap);
  const items: CardElement[] = [
    paragraph(group.title, {}, { weight: 'Bolder' }),
    ...shown.map((i) => itemElement(b, i)),
  ];
  const left = group.items.length - shown.length;
  if (left > 0) {
    const ids = group.items
      .slice(cap)
      .map((i) => i.citationId)
      .join(', ');
    const what = group.key === 'paragraphs' ? 'đoạn' : 'nhiệm vụ';
    const more =
      lang === 'vi'
        ? `… và ${left} ${what} khác (${ids}). Hỏi cụ thể hơn để xem chi tiết.`
        : `… and ${left} more (${ids}). Ask a narrower question for details.`;
    items.push(paragraph(more, { spacing: 'Small' }, { isSubtle: true }));
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

function sourceElement(b: Build, c: Citation): CardElement {
  const head: CardElement[] = [titleLine(c.id, c.title)];
  if (!shownIn(b.answer.text, c.quote)) head.push(paragraph(c.quote, { spacing: 'Small' }));
  return withFullText(b, head, { lead: c.lead, deadline: c.deadline }, c.id, c.quote, []);
}

/** Citations that are not already items of a group. */
function otherSources(answer: Answer): Citation[] {
  const listed = new Set(answer.groups.flatMap((g) => g.items.map((i) => i.citationId)));
  return answer.citations.filter((c) => !listed.has(c.id));
}

function notesElement(answer: Answer): CardElement | undefined {
  if (answer.notes.length === 0) return undefined;
  const lang = answer.language;
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: answer.notes.map((n) =>
      paragraph(
        [
          run(`${label('note', lang)}: `, { weight: 'Bolder', isSubtle: true, size: 'Small' }),
          run(n, { isSubtle: true, size: 'Small' }),
        ],
        { spacing: 'Small' },
      ),
    ),
  };
}

function sourcesElements(b: Build): CardElement[] {
  const sources = otherSources(b.answer);
  if (sources.length === 0) return [];
  const lang = b.answer.language;
  const title = `${label('sources', lang)} (${sources.length})`;
  const list: CardElement = {
    type: 'Container',
    id: 'sources',
    spacing: 'Small',
    items: sources.map((c) => sourceElement(b, c)),
  };
  if (sources.length <= OPEN_SOURCES) {
    return [
      {
        type: 'Container',
        separator: true,
        spacing: 'Medium',
        items: [paragraph(title, {}, { weight: 'Bolder' }), list],
      },
    ];
  }
  return [
    {
      type: 'ActionSet',
      separator: true,
      spacing: 'Medium',
      actions: [toggleAction(['sources'], `${label('showSources', lang)} (${sources.length})`)],
    },
    { ...list, isVisible: false },
  ];
}

function suggestionActions(answer: Answer): CardAction[] {
  return answer.suggestions.slice(0, MAX_SUGGESTIONS).map(askAction);
}

/** The card's body in three parts: before the groups, the groups (each at its cap), after them. */
function bodyParts(b: Build): { head: CardElement[]; groups: CardElement[]; tail: CardElement[] } {
  const a = b.answer;
  const head = [
    paragraph(a.heading, {}, { weight: 'Bolder', size: 'Medium' }),
    ...a.intro.map((p) => paragraph(p, { spacing: 'Small' })),
  ];
  const groups = a.groups.map((g, i) => groupElement(b, g, b.caps[i] ?? g.items.length));
  const notes = notesElement(a);
  return { head, groups, tail: [...(notes ? [notes] : []), ...sourcesElements(b)] };
}

const cardActions = (a: Answer): CardAction[] => (a.tour ? tourActions(a) : suggestionActions(a));

function build(b: Build): AdaptiveCard {
  const { head, groups, tail } = bodyParts(b);
  return adaptiveCard([...head, ...groups, ...tail], cardActions(b.answer), b.fallback);
}

/**
 * The size of the card with no full texts placed (budget 0) for a fallback and the groups' caps,
 * summed from its parts: `"body":[e1,…,en]` is `"body":[]` plus each element and n − 1 commas. Each
 * part is measured once, so trying shorter lists re-measures only the group that got shorter.
 */
function measurer(
  base: Omit<Build, 'caps' | 'fallback' | 'budget' | 'nextId'>,
): (fallback: string, caps: readonly number[]) => number {
  const full = bodyParts({
    ...base,
    budget: 0,
    nextId: 0,
    fallback: '',
    caps: base.answer.groups.map((g) => g.items.length),
  });
  const sum = (elements: CardElement[]) => elements.reduce((n, e) => n + cardBytes(e), 0);
  const fixed = sum(full.head) + sum(full.tail);
  const shells = new Map<string, number>();
  const groups = new Map<string, number>();
  return (fallback, caps) => {
    let shell = shells.get(fallback);
    if (shell === undefined)
      shells.set(fallback, (shell = cardBytes(adaptiveCard([], cardActions(base.answer), fallback))));
    let total = shell + fixed;
    base.answer.groups.forEach((g, i) => {
      const cap = caps[i] ?? g.items.length;
      const key = `${i}:${cap}`;
      let bytes = groups.get(key);
      if (bytes === undefined)
        groups.set(
          key,
          (bytes = cardBytes(groupElement({ ...base, budget: 0, nextId: 0, fallback: '', caps }, g, cap))),
        );
      total += bytes;
    });
    const elements = full.head.length + full.groups.length + full.tail.length;
    return total + Math.max(0, elements - 1);
  };
}

/** The text's first lines, within `max` characters, followed by "…" when something was cut. */
function firstLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = cut.lastIndexOf('\n');
  return `${(end > 0 ? cut.slice(0, end) : clip(cut, max)).trimEnd()}…`;
}

/** The next, shorter caps: the first group in SHRINK_ORDER that can still lose items loses some. */
function shrink(answer: Answer, caps: readonly number[]): number[] | undefined {
  for (const key of SHRINK_ORDER) {
    const candidates = answer.groups
      .map((g, i) => ({ g, i }))
      .filter(({ g, i }) => g.key === key && caps[i]! > MIN_SHOWN);
    if (candidates.length === 0) continue;
    const { i } = candidates.reduce((a, b) => (caps[b.i]! > caps[a.i]! ? b : a));
    const next = [...caps];
    next[i] = Math.max(MIN_SHOWN, Math.floor(caps[i]! * 0.6));
    return next;
  }
  return undefined;
}

/** Renders an Answer as a card that fits in one Teams message. */
export function answerCard(answer: Answer, options: AnswerCardOptions = {}): AdaptiveCard {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CARD_BYTES;
  const base = { answer, lookup: options.source, fullTexts: options.fullTexts ?? new Map<string, FullText>() };
  const make = (fallback: string, caps: readonly number[], budget: number) =>
    build({ ...base, budget, caps, fallback, nextId: 0 });
  const measure = measurer(base);
  let caps: number[] = answer.groups.map((g) => g.items.length);
  // Everything, with the whole text as fallback; then a shorter fallback; then shorter lists. The
  // room left over is the budget for full texts placed in the card.
  for (const fallback of [answer.text, firstLines(answer.text, SHORT_FALLBACK)]) {
    const room = maxBytes - measure(fallback, caps);
    if (room >= 0) return make(fallback, caps, room);
  }
  const fallback = firstLines(answer.text, SHORT_FALLBACK);
  let room = maxBytes - measure(fallback, caps);
  for (let next = shrink(answer, caps); room < 0 && next !== undefined; next = shrink(answer, caps)) {
    caps = next;
    room = maxBytes - measure(fallback, caps);
  }
  return make(fallback, caps, Math.max(0, room));
}
