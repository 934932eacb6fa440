/**
 * Reads a question: language, agencies and the role asked about, the time window, references to
 * numbered parts, the cue words that pick an intent, and what is left over (the topic).
 */
import type { KnowledgeBase } from '../knowledge/index.js';
import { fold, hasVietnameseMarks, lowerExact } from '../knowledge/text.js';
import type { Language } from './answer.js';
import { cleanQuestion } from './clean.js';
import { findReferences, type Reference } from './references.js';
import { parseTime, type TimeParse } from './time.js';

export type Role = 'lead' | 'coop' | 'any';

export type Cue =
  | 'who' | 'when' | 'count' | 'recurring' | 'obligation' | 'lead' | 'coop'
  | 'sign' | 'date' | 'recipients' | 'title' | 'praised' | 'bottleneck' | 'restructure'
  | 'narrow' | 'switch' | 'what' | 'offTopic' | 'otherDocument' | 'list'
  /** The question names the directive itself, or Đề án 06. */
  | 'self' | 'project';

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
}

/** Words naming the directive itself or Đề án 06, folded: "Chỉ thị 05/CT-TTg", "chỉ thị 5", "Đề án 6", "directive No 05". */
const SELF_WORDS = String.raw`\b(?:chi thi(?: so)?(?: 0?5(?:\/ct ttg)?)?|ct ttg|de an 0?6|directive(?: (?:no )?0?5)?|0?5\/ct-ttg|project 0?6)\b`;

const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  ['who', /\b(?:ai|don vi nao|co quan nao|bo nao|nganh nao|who|which (?:ministry|agency|body|bodies|ministries|agencies)|chiu trach nhiem|phu trach|dau moi)\b/u],
  ['lead', /\b(?:chu tri|lead|leads|led|leading|in charge)\b/u],
  ['coop', /\b(?:phoi hop|cooperat\w*|coordinat\w*|support\w*|assist\w*|ho tro thuc hien)\b/u],
  ['when', /\b(?:khi nao|bao gio|luc nao|thoi han|han chot|thoi gian hoan thanh|han(?! che)|deadline|due|when|by when|den bao gio)\b/u],
  ['count', /\b(?:(?:bao nhieu|how many|so luong|tong so|number of)\s+(?:nhiem vu|viec|dau viec|muc|dong|diem nghen|phan(?! tram)|tasks?|items?|rows?|bottlenecks?|sections?|bo|tinh|co quan|don vi|agenc\w*|ministr\w*)|may\s+(?:nhiem vu|viec|dau viec|muc|diem nghen|phan)|(?:co|gom)\s+(?:bao nhieu|may)\s*$|dem so)\b/u],
  ['recurring', /\b(?:thuong xuyen|dinh ky|lien tuc|recurring|ongoing|regular\w*|continuous\w*|hang nam|hang thang)\b/u],
  ['obligation', /\b(?:phai|nhiem vu|lam gi|viec gi|trach nhiem|duoc giao|giao|can lam|cong viec|hoan thanh|xong|deliver\w*|duties|duty|tasks?|must|have to|has to|responsib\w*|assigned|obligations?|need to|to do|owe\w*|lam nhung gi)\b/u],
  ['sign', /\b(?:ai ky|nguoi ky|ky boi|nguoi ban hanh|signed|signer|signatory|sign)\b/u],
  ['date', /\b(?:ngay ban hanh|ban hanh ngay|ban hanh khi nao|ban hanh nam nao|ky khi nao|ky ngay|ngay ky|ngay nao|issued|issue date|date of)\b/u],
  ['recipients', /\b(?:noi nhan|gui (?:cho|den|toi) (?:nhung )?(?:ai|dau|co quan nao)|recipients?|sent to)\b/u],
  ['title', /\b(?:so hieu|trich yeu|ten day du|tieu de|ten goi|title|full name|ve viec gi|noi dung chinh|tom tat|summary|summari[sz]e|overview|tong quan)\b/u],
  ['praised', /\b(?:bieu duong|khen|tieu bieu|danh gia cao|praise\w*|commend\w*)\b/u],
  ['self', new RegExp(SELF_WORDS, 'u')],
  ['project', /\b(?:de an 0?6|project 0?6)\b/u],
  ['bottleneck', /\b(?:diem nghen|nut that|ton tai|han che|vuong mac|bottlenecks?|obstacles?)\b/u],
  ['restructure', /\bcon (?:ton tai|hoat dong)\b|^\S.* con (?:khong|ko)$|\b(?:gio gom|nay gom|gom nhung tinh|sap xep lai|gio la|nay la|hien nay la|hien la|bay gio la|gio thuoc|nay thuoc|sap nhap|sat nhap|hop nhat|giai the|doi ten|chia tach|tach ra|con ton tai|sau sap xep|(?:gio|bay gio|hien nay|nay) (?:da )?thanh\b|thanh (?:bo|tinh) nao|merged?|renamed|successor|restructur\w*|still exist\w*|new name|ten moi|tinh moi|thuoc tinh nao|thuoc bo nao|now part of|what is .* now|become)\b/u],
  ['narrow', /\b(?:trong so (?:do|nay|tren)|trong (?:cac|nhung) (?:viec|nhiem vu) (?:do|tren|nay)|nhung (?:viec|nhiem vu) (?:do|tren)|cac (?:viec|nhiem vu) (?:do|tren)|among (?:them|those|these)|of (?:those|these|them)|which of)\b/u],
  ['switch', /^(?:con|the con|vay con|what about|how about|and)\b|\bthi sao\b|\bthe nao\s*$/u],
  ['what', /\b(?:la gi|noi gi|noi ve gi|gom gi|what is|what's|whats|what does .* say|describe|explain|chi tiet|cu the)\b/u],
  ['list', /\b(?:nhung|cac|liet ke|danh sach|list|which|nao)\b/u],
  ['offTopic', /\b(?:thoi tiet|nhiet do|du bao thoi tiet|mua bao|gia vang|ty gia|chung khoan|co phieu|bong da|world cup|xo so|lo de|nau|mon an|pho bo|pho ga|cong thuc|recipe|weather|gold price|football|soccer|bitcoin|crypto|phim|ca nhac|bai hat|tu vi|horoscope|stock price|exchange rate|ngay mai|hom nay|joke|truyen cuoi)\b/u],
  ['otherDocument', /\b(?:nghi dinh|nghi quyet|thong tu|quyet dinh|luat|cong van|chi thi)\s*(?:so\s*)?(\d+(?:\/\d{4})?(?:\/[a-z0-9&-]+)?)|\bluat (?!cu tru\b)[a-z]+|\bhieu luc\b/u],
];

/**
 * Words that ask rather than say what about. Syllables that are also halves of content words
 * ("báo cáo", "tổng hợp", "dịch vụ", "thanh toán", "hiện đại") are not here: the question phrases
 * they belong to are removed whole (QUESTION_PHRASES).
 */
const QUESTION_WORDS = new Set(
  (
    'la gi nao cua co khong the ai khi may va voi trong cho ve duoc phai lam nhung cac mot nay do day oi hoi em anh chi minh toi ban ' +
    'vay sao thi o dau hay neu de tai tu den het truoc sau nam thang viec noi gom ra nhu giao can xong ' +
    'han con roi nganh ' +
    'what which who whom when where why how does do did is are was were the a an of to in on by for about with and or tasks task must have has ' +
    'deliver tell me show list please can you it its that this those these there their them directive ministry leads lead due deadline ' +
    'cooperate cooperates cooperating cooperation coordinate coordinates responsible charge agency agencies body bodies task tasks'
  ).split(' '),
);

/**
 * Question phrases, removed whole: those whose syllables alone can be content ("bao nhiêu" but
 * "báo cáo"), ways of asking for a figure, a deadline ("hạn chót", "chậm nhất"), a requirement or
 * what relates to something, and the verb of "nộp / gửi / làm / tổng hợp báo cáo" (the report is the topic).
 */
const QUESTION_PHRASES = /\b(?:bao nhieu|bao gio|phoi hop|thuc hien|hoan thanh|chu tri|co quan|don vi|chiu trach nhiem|trach nhiem|phu trach|nhiem vu|dau moi|thoi han|han chot|cham nhat|muon nhat|thoi gian|ra sao|the nao|nhu the nao|phan tram|ty le|yeu cau|cai gi|lien quan(?: den| toi)?|de cap(?: den| toi)?|(?:nop|gui|lam|tong hop)(?= bao cao\b))\b/gu;

/**
 * Question words that, folded, collide with content syllables of this domain: written with marks
 * these are content ("tài khoản", "điện tử", "thẻ", "căn cước", "đề án", "Việt Nam", "đầu tư",
 * "nội dung", "văn bản", "giáo dục"), while "tại", "từ", "thế", "năm", "cần", "để", "đâu", "nói",
 * "bạn", "giao" only ask. Only a question typed with diacritics can tell them apart.
 */
const CONTENT_WHEN_MARKED: Readonly<Record<string, readonly string[]>> = {
  tai: ['tài'], tu: ['tử', 'tư', 'tự'], the: ['thẻ'], nam: ['nam'], can: ['căn'], de: ['đề'],
  dau: ['đầu'], noi: ['nội'], ban: ['bản', 'ban'], giao: ['giáo'],
};

/** Any of CONTENT_WHEN_MARKED's folded words: most questions have none, and skip the scan. */
const AMBIGUOUS = new RegExp(`\\b(?:${Object.keys(CONTENT_WHEN_MARKED).join('|')})\\b`, 'u');

/** The folded question words this question uses as content (see CONTENT_WHEN_MARKED). */
function questionWordsUsedAsContent(text: string, folded: string): ReadonlySet<string> {
  const kept = new Set<string>();
  if (!AMBIGUOUS.test(folded) || !hasVietnameseMarks(text)) return kept;
  for (const w of lowerExact(text).split(' ')) {
    const folded = fold(w);
    if (CONTENT_WHEN_MARKED[folded]?.includes(w)) kept.add(folded);
  }
  return kept;
}

/** Words naming the directive itself (removed from the topic; the same words give the 'self' cue). */
const SELF = new RegExp(SELF_WORDS, 'gu');

export interface UnderstandOptions {
  maxQuestionLength: number;
}

export function understand(raw: string, kb: KnowledgeBase, options: UnderstandOptions): Query {
  const clean = cleanQuestion(raw, options.maxQuestionLength);
  const english = clean.language === 'en';
  const mentions = kb.agencies.find(clean.text);
  const agencyIds = [...new Set(mentions.map((m) => m.agencyId))];
  const cues = new Set<Cue>();
  for (const [cue, re] of CUES) if (re.test(clean.folded)) cues.add(cue);
  const other = CUES.find(([c]) => c === 'otherDocument')![1].exec(clean.folded);
  if (other?.[1] !== undefined && citedByDirective(other[1], kb)) cues.delete('otherDocument');

  let rest = ` ${clean.folded} `;
  for (const m of mentions) rest = rest.replace(` ${fold(m.alias)} `, ' ');
  rest = rest
    .replace(SELF, ' ')
    .replace(/\b(?:thang|th|t)\s*\d{1,2}(?:\s*(?:\/|-|nam)\s*20\d\d)?\b|\b\d{1,2}\/20\d\d\b|\bnam 20\d\d\b|\b(?:quy|q)\s*(?:[1-4]|i{1,3}|iv)\b|\b(?:6 thang|nua) (?:dau|cuoi) nam\b|\b(?:first|second) half(?: of)?\b/gu, ' ')
    .replace(/\b(?:ubnd|uy ban nhan dan|tinh|thanh pho|tp|bo)\b/gu, ' ')
    .replace(QUESTION_PHRASES, ' ');
  const content = questionWordsUsedAsContent(clean.text, clean.folded);
  const topicWords = rest.split(/\s+/u).filter((w) => w !== '' && (!QUESTION_WORDS.has(w) || content.has(w)) && !/^[.,;:!?()"'-]+$/u.test(w));

  const role: Role = cues.has('lead') && !cues.has('coop') ? 'lead' : cues.has('coop') && !cues.has('lead') ? 'coop' : 'any';
  return {
    text: clean.text,
    folded: clean.folded,
    language: clean.language,
    truncated: clean.truncated,
    greetingOnly: clean.greetingOnly,
    agencyIds,
    role,
    time: parseTime(clean.folded, english),
    refs: findReferences(clean.text, clean.folded),
    cues,
    topicWords,
  };
}

/** This directive ("Chỉ thị 05") or a document it cites ("Nghị định 107"): not another document. */
function citedByDirective(number: string, kb: KnowledgeBase): boolean {
  const lead = String(Number(/^\d+/u.exec(number)?.[0] ?? 'NaN'));
  return lead === '5' || kb.citedDocumentNumbers.has(lead);
}
