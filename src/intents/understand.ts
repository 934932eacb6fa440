/**
 * Reads a question: language, agencies and the role asked about, the time window, references to
 * numbered parts, the cue words that pick an intent, and what is left over (the topic).
 */
import { isGroupBody } from '../knowledge/agencies.js';
import type { KnowledgeBase } from '../knowledge/index.js';
import { fold, hasVietnameseMarks, lowerExact, stripDiacritics } from '../knowledge/text.js';
import type { Language } from './answer.js';
import { cleanQuestion } from './clean.js';
import { findReferences, type Reference } from './references.js';
import { parseTime, type TimeParse } from './time.js';
import {
  CUE_LOOKALIKES,
  CUES,
  STOP_WORDS,
  LOCAL_BODY,
  LOCAL_GOVERNMENT,
  OUT_OF_SCOPE,
  QUESTION_PHRASES,
  QUESTION_WORDS,
  SELF_WORDS,
  type Cue,
  type OutOfScope,
} from './cues.js';
import type { TopicQuery } from './retrieval.js';

export type { Cue } from './cues.js';

export type Role = 'lead' | 'coop' | 'any';

export interface Query {
  /** The question as typed (canonical form). */
  text: string;
  folded: string;
  language: Language;
  truncated: boolean;
  greetingOnly: boolean;
  /** Agencies named, in order, without repeats. */
  agencyIds: string[];
  role: Role;
  time: TimeParse;
  refs: Reference[];
  cues: ReadonlySet<Cue>;
  /** Folded content words left once agencies, time, references and question words are removed. */
  topicWords: string[];
  /** What the question is about, for retrieval: its words in order and the directive phrases it means. */
  topic: TopicQuery;
  /** Phrases the question quotes ('cát cứ thông tin'), folded. */
  quoted: string[];
  /** Why the directive cannot answer this, whatever its topic (fees, fines, personal procedures…). */
  outOfScope: OutOfScope | undefined;
  /** Years after the directive's that the question names (2024, 2026…). */
  laterYears: number[];
  /** A local body the question names that the directive does not address by name ("sở tt&tt", "cap xa"). */
  localBody: string | undefined;
  /** Provinces named as where someone lives or works ("tôi ở Nghệ An"), not as the subject. */
  placeIds: string[];
}

/**
 * Question words that, folded, collide with content syllables of this domain: written with marks
 * these are content ("tài khoản", "điện tử", "thẻ", "căn cước", "đề án", "Việt Nam", "đầu tư",
 * "nội dung", "văn bản", "giáo dục"), while "tại", "từ", "thế", "năm", "cần", "để", "đâu", "nói",
 * "bạn", "giao" only ask. Only a question typed with diacritics can tell them apart.
 */
const CONTENT_WHEN_MARKED: Readonly<Record<string, readonly string[]>> = {
  tai: ['tài'],
  tu: ['tử', 'tư', 'tự'],
  the: ['thẻ'],
  nam: ['nam'],
  can: ['căn'],
  de: ['đề'],
  dau: ['đầu'],
  noi: ['nội'],
  ban: ['bản', 'ban'],
  giao: ['giáo'],
};

/** Any of CONTENT_WHEN_MARKED's folded words: most questions have none, and skip the scan. */
const AMBIGUOUS = new RegExp(`\\b(?:${Object.keys(CONTENT_WHEN_MARKED).join('|')})\\b`, 'u');

/** The folded question words this question uses as content (see CONTENT_WHEN_MARKED). */
function questionWordsUsedAsContent(typed: TypedWords | undefined, folded: string): ReadonlySet<string> {
  const kept = new Set<string>();
  if (typed === undefined || !AMBIGUOUS.test(folded)) return kept;
  typed.exact.forEach((w, i) => {
    const f = typed.folded[i]!;
    if (CONTENT_WHEN_MARKED[f]?.includes(w)) kept.add(f);
  });
  return kept;
}

/** The question's words as typed (lower case, diacritics kept) and folded, one to one. */
interface TypedWords {
  exact: string[];
  folded: string[];
}

/** The typed words of a question written with diacritics; undefined for one typed without (nothing to tell apart). */
function typedWords(text: string): TypedWords | undefined {
  if (!hasVietnameseMarks(text)) return undefined;
  const exactText = lowerExact(text);
  const exact = exactText.split(' ');
  // Already lower case with punctuation made spaces: taking the marks off folds it, word for word.
  const folded = stripDiacritics(exactText).split(' ');
  return folded.length === exact.length ? { exact, folded } : undefined;
}

/** Words naming the directive itself (removed from the topic; the same words give the 'self' cue). */
// "việc thực hiện Chỉ thị" keeps "chỉ thị": there the directive's implementation is the topic (S19, B.44).
const SELF = new RegExp(`(?<!\\b(?:thuc hien|trien khai|thi hanh|kiem tra|tong ket|so ket) )${SELF_WORDS}`, 'gu');

export interface UnderstandOptions {
  maxQuestionLength: number;
}

export function understand(raw: string, kb: KnowledgeBase, options: UnderstandOptions): Query {
  const clean = cleanQuestion(raw, options.maxQuestionLength);
  const english = clean.language === 'en';
  const folded = clean.folded;
  // "Sở TT&TT" is a provincial department, not Bộ TT&TT.
  // "Công an phường" is the ward's police, not Bộ Công an.
  const mentions = kb.agencies
    .find(clean.text)
    .filter((m) => !/(?:^|\s)(?:sở|so|Sở|SO)\s*$/u.test(clean.text.slice(0, m.start)))
    // "174/TB-VPCP", "1552/BTTTT-TTH": the issuer inside a document number.
    .filter((m) => !/[/-]$/u.test(clean.text.slice(0, m.start)) && !/^[/-]/u.test(clean.text.slice(m.end)))
    // "Bộ ngành nào…", "tỉnh nào…" ask which one: not every one.
    .filter(
      (m) => !(isGroupBody(kb.agencies.byId(m.agencyId)) && /^\s*(?:nào|nao)(?!\p{L})/iu.test(clean.text.slice(m.end))),
    )
    .filter(
      (m) =>
        !(
          m.agencyId === 'cong-an' &&
          /^\s*(?:tỉnh|huyện|xã|phường|quận|thị trấn|tinh|huyen|xa|phuong|quan)(?!\p{L})/iu.test(
            clean.text.slice(m.end),
          )
        ),
    );
  const agencyIds = [...new Set(mentions.map((m) => m.agencyId))];
  // "Thôn tôi ở vùng cao Hà Giang", "thường trú ở Nghệ An": a province named as where someone lives or works.
  const placeIds = [
    ...new Set(
      mentions
        .filter(
          (m) =>
            kb.agencies.byId(m.agencyId)?.kind === 'province' &&
            PLACE_BEFORE.test(clean.text.slice(Math.max(0, m.start - 30), m.start)),
        )
        .map((m) => m.agencyId),
    ),
  ];
  // Local government without a province named: every province, as the directive addresses them.
  const local = LOCAL_GOVERNMENT.exec(folded);
  const provinceNamed = agencyIds.some((id) => kb.agencies.byId(id)?.kind === 'province');
  if (local && !provinceNamed && !agencyIds.includes(ALL_PROVINCES)) agencyIds.push(ALL_PROVINCES);
  const cues = new Set<Cue>();
  const typed = typedWords(clean.text);
  const cueText = withoutLookalikes(clean.text, folded);
  for (const [cue, re] of CUES) if (re.test(cueText)) cues.add(cue);
  const other = CUES.find(([c]) => c === 'otherDocument')![1].exec(folded);
  if (other?.[1] !== undefined && citedByDirective(other[1], kb)) cues.delete('otherDocument');

  let rest = ` ${folded} `;
  for (const m of mentions)
    rest = rest.replace(` ${fold(m.alias)} `, ' ').replace(` ${fold(clean.text.slice(m.start, m.end))} `, ' ');
  if (local) rest = rest.replace(local[0], ' ');
  rest = rest.replace(SELF, ' ').replace(TIME_WORDS, ' ');
  const sequence = rest
    .replace(QUESTION_PHRASES, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
  rest = rest.replace(/\b(?:ubnd|uy ban nhan dan|tinh|thanh pho|tp|bo)\b/gu, ' ').replace(QUESTION_PHRASES, ' ');
  const content = questionWordsUsedAsContent(typed, folded);
  const topicWords = rest
    .split(/\s+/u)
    .filter((w) => w !== '' && (!QUESTION_WORDS.has(w) || content.has(w)) && !/^[.,;:!?()"'-]+$/u.test(w));

  const quoted = quotedPhrases(clean.text);
  // Lexicon phrases that only ask ("deadline" → "thời gian hoàn thành", "tasks" → "nhiệm vụ") are not a topic.
  const meant = lexiconPhrases(kb, typed, sequence).filter((m) => m.replace(QUESTION_PHRASES, ' ').trim() !== '');
  const phrases = [...meant, ...quoted];
  // English words the directive never uses say nothing about its records: only their translations count.
  const words = english ? sequence.filter((w) => kb.vocabulary.has(w) && !STOP_WORDS.has(w)) : sequence;
  // "phối hợp với ai?" asks who cooperates on the agency's tasks, not where it cooperates; "(không phải
  // chủ trì)" says the question is about cooperation only.
  const notLead = /\b(?:khong|ko) phai (?:la )?chu tri\b|\bchi phoi hop\b|\bnot (?:as )?(?:the )?lead/u.test(folded);
  const role: Role = notLead
    ? 'coop'
    : cues.has('lead') && !cues.has('coop')
      ? 'lead'
      : cues.has('coop') && !cues.has('lead') && !cues.has('who')
        ? 'coop'
        : 'any';
  const outOfScope = OUT_OF_SCOPE.find(([, re]) => re.test(folded))?.[0];
  const laterYears = [...folded.matchAll(/\b(20[2-9]\d)\b/gu)]
    .map((m) => Number(m[1]))
    .filter((y) => y > 2023 && !TITLE_YEARS.test(folded));
  return {
    text: clean.text,
    folded,
    language: clean.language,
    truncated: clean.truncated,
    greetingOnly: clean.greetingOnly,
    agencyIds,
    role,
    time: parseTime(folded, english),
    refs: findReferences(clean.text, withoutLevels(clean.text, folded)),
    cues,
    topicWords,
    topic: { words, phrases, wantsFigure: cues.has('figure') },
    quoted,
    outOfScope,
    laterYears,
    localBody: LOCAL_BODY.exec(folded)?.[1],
    placeIds,
  };
}

/**
 * The directive phrases the lexicon finds in the question's topic. Where the question typed the
 * phrase's words with diacritics, they must be the entry's words as written: "Xã báo từ nay…" is
 * not "báo tử", though both fold to "bao tu". Words typed plain, or expanded from chat shorthand,
 * match as folded.
 */
function lexiconPhrases(kb: KnowledgeBase, typed: TypedWords | undefined, topicSequence: readonly string[]): string[] {
  const hits = kb.lexicon.find(topicSequence);
  if (hits.length === 0 || typed === undefined) return hits.map((h) => h.means);
  const { exact, folded } = typed;
  return hits
    .filter((h) => {
      const said = h.said.split(' ');
      let seen = false;
      for (let i = 0; i + said.length <= folded.length; i++) {
        if (folded[i] !== said[0] || !said.every((w, k) => folded[i + k] === w)) continue;
        seen = true;
        if (said.every((_, k) => exact[i + k] === folded[i + k] || exact[i + k] === h.exact[k])) return true;
      }
      return !seen;
    })
    .map((h) => h.means);
}

/** The folded text with the words that only look like cues ("bảo giờ") masked, for the cue matchers. */
function withoutLookalikes(text: string, folded: string): string {
  if (!hasVietnameseMarks(text)) return folded;
  const lower = text.toLowerCase();
  let out = folded;
  for (const [typed, cue, masked] of LOOKALIKES) if (typed.test(lower)) out = out.replace(cue, masked);
  return out;
}

/** CUE_LOOKALIKES compiled: the typed form, the folded cue as a word, and its masked form. */
const LOOKALIKES = CUE_LOOKALIKES.map(
  ([typed, cue]) => [typed, new RegExp(`\\b${cue}\\b`, 'gu'), cue.replace(/ /gu, '_')] as const,
);

/** Words before a province that make it a place: "ở", "tại", "quê", "sống ở", "living in". */
const PLACE_BEFORE = /(?:^|\s)(?:ở|o|tại|tai|quê|que|về|ve|sống|song|in|from|at|near)(?:\s+\S+){0,3}\s*$/iu;

/** The registry's body for every province at once (see agency-data.ts). */
export const ALL_PROVINCES = 'ubnd-cac-tinh';

/** Months, quarters and halves: the time window, not the topic. */
const TIME_WORDS = new RegExp(
  String.raw`\b(?:thang|th|t)\s*\d{1,2}(?:\s*(?:\/|-|nam)\s*20\d\d)?\b|\b\d{1,2}\/20\d\d\b|` +
    String.raw`\bnam 20\d\d\b|\b(?:quy|q)\s*(?:[1-4]|i{1,3}|iv)\b|\b(?:6 thang|nua) (?:dau|cuoi) nam\b|` +
    String.raw`\b(?:first|second) half(?: of)?\b`,
  'gu',
);

/**
 * "tài khoản định danh mức 2", "mức độ 4": a level, which folds like "mục 2" (a section). Typed with
 * diacritics "mức" is never "mục"; without them, after an account or e-identification word it is a level.
 */
function withoutLevels(text: string, folded: string): string {
  const typedLevel = /(?<!\p{L})mức(?!\p{L})/iu.test(text);
  return folded
    .replace(/\b((?:tai khoan|dinh danh|vneid|account|xac thuc)(?:\s+\S+){0,3}\s+)muc(?=\s*\d)/gu, '$1level')
    .replace(/\bmuc(?=\s*\d)/gu, (m) => (typedLevel && !/(?<!\p{L})mục(?!\p{L})/iu.test(text) ? 'level' : m));
}

/** "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030": the project's own period, not news after 2023. */
const TITLE_YEARS = /\bgiai doan 2022\b|\b2022 2025\b|\btam nhin\b|\bvision\b|\b2030\b/u;

/** Phrases in quotes: 'cát cứ thông tin', "làm thay, làm hộ", “trăm hoa đua nở”. Folded. */
function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/["“”'‘’«»]([^"“”'‘’«»]{3,80})["“”'‘’«»]/gu)) {
    const f = fold(m[1]!);
    if (f.includes(' ')) out.push(f);
  }
  return out;
}

/** This directive ("Chỉ thị 05") or a document it cites ("Nghị định 107"): not another document. */
function citedByDirective(number: string, kb: KnowledgeBase): boolean {
  const lead = String(Number(/^\d+/u.exec(number)?.[0] ?? 'NaN'));
  return lead === '5' || kb.citedDocumentNumbers.has(lead);
}
