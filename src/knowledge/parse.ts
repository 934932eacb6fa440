/**
 * Parses the published text of Chỉ thị 05/CT-TTg (a web scrape: hard-wrapped lines, table cells
 * separated by lines holding only "|") into the typed model. Returns a result: either the whole
 * model, validated against its schema, or an error naming the line or row that did not parse —
 * never a half-filled model.
 */
import { findDeadlinesInText, parseDeadlineCell } from './deadline.js';
import type {
  Agency,
  AppendixPart,
  AppendixRow,
  AppendixSection,
  Bottleneck,
  KnowledgeModel,
  Meta,
  Paragraph,
  PartyRef,
  Preamble,
  Section,
} from './schema.js';
import { KnowledgeModelSchema } from './schema.js';
import { fold, unwrap } from './text.js';

/** What the parser needs from the agency registry. */
export interface PartyResolver {
  resolveParty(text: string): PartyRef;
  readonly all: readonly Agency[];
}

export interface ParseError {
  message: string;
  /** 1-based line of the seed where the problem is, when known. */
  line?: number;
}

export type ParseResult = { ok: true; model: KnowledgeModel } | { ok: false; error: ParseError };

/** Thrown inside the parser only; turned into a ParseResult at the boundary. */
class SeedError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

interface Line {
  no: number;
  text: string;
}

const SECTION_COUNT = 19;
const APPENDIX_PARTS: readonly AppendixSection[] = ['A', 'B', 'C'];

export function parseDirective(seed: string, agencies: PartyResolver): ParseResult {
  try {
    const model = buildModel(seed, agencies);
    const checked = KnowledgeModelSchema.safeParse(model);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return {
        ok: false,
        error: { message: `model does not match its schema at ${issue.path.join('.')}: ${issue.message}` },
      };
    }
    return { ok: true, model: checked.data };
  } catch (e) {
    if (e instanceof SeedError)
      return { ok: false, error: e.line === undefined ? { message: e.message } : { message: e.message, line: e.line } };
    throw e;
  }
}

function buildModel(seed: string, agencies: PartyResolver): KnowledgeModel {
  const lines: Line[] = seed
    .normalize('NFC')
    .split(/\r?\n/)
    .map((text, i) => ({ no: i + 1, text: text.trim() }));
  const at = (pred: (l: Line) => boolean, what: string, from = 0): number => {
    const i = lines.findIndex((l, k) => k >= from && pred(l));
    if (i < 0) throw new SeedError(`seed has no ${what}`);
    return i;
  };

  const kindAt = at((l) => l.text === 'CHỈ THỊ', '"CHỈ THỊ" heading');
  const titleEnd = at((l) => /\p{Ll}/u.test(l.text), 'preamble after the title', kindAt + 1);
  const sectionOneAt = at((l) => /^1\.\s/.test(l.text), 'section "1."', titleEnd);
  const recipientsAt = at((l) => /^Nơi nhận:?$/u.test(l.text), '"Nơi nhận:" block', sectionOneAt);
  const appendixAt = at((l) => l.text === 'PHỤ LỤC', '"PHỤ LỤC" appendix heading', recipientsAt);

  const meta = parseMeta(
    lines.slice(0, kindAt + 1),
    lines.slice(kindAt + 1, titleEnd),
    lines.slice(recipientsAt, appendixAt),
    lines.slice(appendixAt),
  );
  const preambleLines = lines.slice(titleEnd, sectionOneAt);
  const { preamble, bottlenecks } = parsePreamble(preambleLines, agencies);
  const sections = parseSections(lines.slice(sectionOneAt, recipientsAt), agencies);
  const { parts, title } = parseAppendix(lines.slice(appendixAt), agencies);
  meta.appendixTitle = title;
  const appendix = parts.flatMap((p) => p.rows);
  linkRowsToParagraphs(appendix, sections);

  return { meta, preamble, bottlenecks, sections, appendixParts: parts, appendix, agencies: [...agencies.all] };
}

// ---------------------------------------------------------------------------------------------
// Metadata

function parseMeta(header: Line[], titleLines: Line[], closing: Line[], appendix: Line[]): Meta {
  const headerText = header.map((l) => l.text).join('\n');
  const number = /Số:\s*(\S+)/u.exec(headerText)?.[1];
  if (number !== '05/CT-TTg')
    throw new SeedError(`document number is ${number ?? 'missing'}, expected 05/CT-TTg`, header[0]?.no);
  const cells = headerText.split(/\n\|\n/).map((c) => unwrap(c.split('\n')));
  const dated = cells
    .map((c) => /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u.exec(c))
    .find((m) => m !== null);
  if (!dated) throw new SeedError('no "<place>, ngày … tháng … năm …" line in the header', header[0]?.no);
  const [dateText, place, day, month, year] = dated as unknown as [string, string, string, string, string];
  const issuer = unwrap((cells[0] ?? '').split(/\s*-{3,}\s*/u).slice(0, 1));

  const signerAt = closing.findIndex((l) => l.text === '|');
  const recipients = joinDashItems(closing.slice(1, signerAt < 0 ? closing.length : signerAt));
  const signerLines = closing.slice(signerAt + 1).filter((l) => l.text !== '|' && l.text !== '');
  const signerTitle = signerLines[0]?.text;
  const signerName = signerLines[1]?.text;
  if (signerAt < 0 || !signerTitle || !signerName)
    throw new SeedError('no signature block (title and name) after "Nơi nhận"', closing[0]?.no);
  void appendix;
  return {
    number,
    kind: 'Chỉ thị',
    date: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
    dateText: dateText.slice(place.length + 1).trim(),
    issuer,
    place,
    title: unwrap(titleLines.map((l) => l.text)),
    signer: { name: signerName, title: signerTitle },
    recipients,
    appendixTitle: '',
  };
}

/** "- item" lines with hard-wrapped continuations → items, trailing ";" or "." dropped. */
function joinDashItems(lines: Line[]): string[] {
  const items: string[][] = [];
  for (const l of lines) {
    if (l.text.startsWith('- ')) items.push([l.text.slice(2)]);
    else if (l.text !== '' && items.length > 0) items[items.length - 1]!.push(l.text);
  }
  return items.map((parts) => unwrap(parts).replace(/[;.]$/u, ''));
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

/**
 * Groups hard-wrapped lines into paragraphs. A new paragraph starts at a "- " bullet, or at a
 * capitalised line after a line that ends a sentence — except the "Thời gian hoàn thành…" sentence
 * that closes a duty, which belongs to the paragraph before it. Once a section has bullets, only a
 * bullet starts a paragraph (a bullet may hold several sentences, as the one on VNeID does).
 */
function splitParagraphs(lines: Line[]): Array<{ text: string; line: number; bullet: boolean }> {
  const out: Array<{ lines: string[]; line: number; bullet: boolean }> = [];
  let previous = '';
  let inBullets = false;
  for (const l of lines) {
    if (l.text === '') continue;
    const bullet = l.text.startsWith('- ');
    inBullets ||= bullet;
    const sentenceStart =
      !inBullets &&
      /[.;:]$|\.\.\.$/u.test(previous) &&
      /^\p{Lu}/u.test(l.text) &&
      !/^(Thời gian|Hoàn thành)(?=\s)/u.test(l.text);
    if (out.length === 0 || bullet || sentenceStart)
      out.push({ lines: [bullet ? l.text.slice(2) : l.text], line: l.no, bullet });
    else out[out.length - 1]!.lines.push(l.text);
    previous = l.text;
  }
  return out.map((p) => ({ text: unwrap(p.lines), line: p.line, bullet: p.bullet }));
}

// ---------------------------------------------------------------------------------------------
// Preamble

function parsePreamble(lines: Line[], agencies: PartyResolver): { preamble: Preamble; bottlenecks: Bottleneck[] } {
  const paragraphs = splitParagraphs(lines).map((p) => p.text);
  const joined = paragraphs.join(' ');

  const praisedMatch = /tiêu biểu là:\s*(.+?),?\s*\.\.\.,?\s*trong đó/u.exec(joined);
  if (!praisedMatch) throw new SeedError('preamble: no "tiêu biểu là: …" list of praised agencies', lines[0]?.no);
  const praisedText = praisedMatch[1]!.trim();
  const resolved = agencies.resolveParty(praisedText);
  const praised: PartyRef = { text: praisedText, agencyIds: resolved.agencyIds, groups: [] };

  const bottlenecks: Bottleneck[] = [];
  const markers = [...joined.matchAll(/\((\d)\)\s*/gu)];
  for (let k = 1; k <= 8; k++) {
    const i = markers.findIndex((m) => m[1] === String(k));
    if (i < 0) throw new SeedError(`preamble: bottleneck "(${k})" not found`, lines[0]?.no);
    const start = markers[i]!.index + markers[i]![0].length;
    const end = k < 8 ? markers.find((m) => m[1] === String(k + 1))?.index : joined.indexOf('Để khắc phục', start);
    if (end === undefined || end < 0)
      throw new SeedError(`preamble: end of bottleneck "(${k})" not found`, lines[0]?.no);
    const text = joined
      .slice(start, end)
      .trim()
      .replace(/[;,]?\s*(\.\.\.)?;?\.*$/u, '')
      .replace(/;$/u, '')
      .trim();
    bottlenecks.push({ id: `N${k}`, no: k, text });
  }
  return { preamble: { paragraphs, praised, praisedText }, bottlenecks };
}

// ---------------------------------------------------------------------------------------------
// Body sections

/** The words that end an addressee and start what it must do. */
const ADDRESSEE_END = new RegExp(
  String.raw`\s(?:chủ\s+trì|khẩn\s+trương|phối\s+hợp|tiếp\s+tục|tích\s+cực|theo\s+chức\s+năng|` +
    String.raw`quyết\s+tâm|tổ\s+chức\s+triển\s+khai)(?=[\s,.;:]|$)|:|$`,
  'u',
);

function parseSections(lines: Line[], agencies: PartyResolver): Section[] {
  const starts: number[] = [];
  let expected = 1;
  lines.forEach((l, i) => {
    const m = /^(\d{1,2})\.\s/u.exec(l.text);
    if (m && Number(m[1]) === expected) {
      starts.push(i);
      expected++;
    }
  });
  if (starts.length !== SECTION_COUNT) {
    throw new SeedError(
      `body: found ${starts.length} numbered sections, expected ${SECTION_COUNT} ` +
        `(section ${starts.length + 1} is missing)`,
      lines[starts[starts.length - 1] ?? 0]?.no,
    );
  }
  return starts.map((start, k) => {
    const no = k + 1;
    const body = lines.slice(start, starts[k + 1] ?? lines.length);
    const heading = body[0]!;
    const first = { ...heading, text: heading.text.replace(/^\d{1,2}\.\s+/u, '') };
    const raw = splitParagraphs([first, ...body.slice(1)]);
    const headingOnly =
      raw.length > 1 && raw[1]!.bullet && (raw[0]!.text.endsWith(':') || raw[0]!.text.split(' ').length <= 8);
    const addresseeText = raw[0]!.text
      .slice(0, raw[0]!.text.search(ADDRESSEE_END))
      .replace(/[,:\s]+$/u, '')
      .trim();
    const addressee = agencies.resolveParty(addresseeText);
    if (addressee.agencyIds.length === 0 && addressee.groups.length === 0) {
      throw new SeedError(`section ${no}: addressee "${addresseeText}" names no known agency`, heading.no);
    }
    const paragraphs: Paragraph[] = (headingOnly ? raw.slice(1) : raw).map((p, i) => ({
      id: `S${no}.${i + 1}`,
      section: no,
      index: i + 1,
      text: p.text,
      deadlines: findDeadlinesInText(p.text),
      appendixIds: [],
      line: p.line,
    }));
    return { id: `S${no}`, no, addressee, text: raw.map((p) => p.text).join('\n'), paragraphs, line: heading.no };
  });
}

// ---------------------------------------------------------------------------------------------
// Appendix table

interface Cell {
  text: string;
  line: number;
}

/** Splits the table into cells: "|" lines separate cells; two in a row make an empty cell. */
function tableCells(lines: Line[]): Cell[] {
  const cells: Cell[] = [];
  let current: Line[] = [];
  let lastSeparator = lines[0]?.no ?? 1;
  for (const l of lines) {
    if (l.text === '|') {
      cells.push({ text: unwrap(current.map((c) => c.text)), line: current[0]?.no ?? lastSeparator });
      current = [];
      lastSeparator = l.no;
    } else if (l.text !== '') {
      current.push(l);
    }
  }
  if (current.length > 0) cells.push({ text: unwrap(current.map((c) => c.text)), line: current[0]!.no });
  return cells;
}

const HEADER = ['stt', 'noi dung, nhiem vu', 'don vi chu tri', 'don vi phoi hop', 'thoi gian hoan thanh', 'san pham'];

function parseAppendix(lines: Line[], agencies: PartyResolver): { parts: AppendixPart[]; title: string } {
  const sttAt = lines.findIndex((l) => l.text === 'STT');
  if (sttAt < 0) throw new SeedError('appendix: no table header ("STT")', lines[0]?.no);
  const title = unwrap(lines.slice(1, sttAt).map((l) => l.text));
  const cells = tableCells(lines.slice(sttAt));
  HEADER.forEach((h, i) => {
    const got = cells[i];
    if (!got || fold(got.text).replace(/ ,/gu, ',') !== fold(h).replace(/ ,/gu, ',')) {
      if (!got || !fold(got.text).startsWith(fold(h).split(' ')[0]!)) {
        throw new SeedError(`appendix: header cell ${i + 1} is "${got?.text ?? ''}", expected "${h}"`, got?.line);
      }
    }
  });

  const parts: AppendixPart[] = [];
  let i = HEADER.length;
  while (i < cells.length) {
    const cell = cells[i]!;
    if (/^[ABC]$/u.test(cell.text)) {
      const section = cell.text as AppendixSection;
      const expectedSection = APPENDIX_PARTS[parts.length];
      if (section !== expectedSection)
        throw new SeedError(
          `appendix: part ${section} found where part ${expectedSection ?? '(none)'} was expected`,
          cell.line,
        );
      const titleCell = cells[i + 1];
      if (!titleCell || titleCell.text === '') throw new SeedError(`appendix: part ${section} has no title`, cell.line);
      parts.push({ section, title: titleCell.text, rows: [] });
      i += 2;
      continue;
    }
    const part = parts[parts.length - 1];
    if (!part) throw new SeedError(`appendix: "${cell.text.slice(0, 40)}" before part A`, cell.line);
    if (!/^\d{1,2}$/u.test(cell.text)) {
      throw new SeedError(
        `appendix: expected the number of row ${part.section}.${part.rows.length + 1}, ` +
          `found "${cell.text.slice(0, 60)}"`,
        cell.line,
      );
    }
    const no = Number(cell.text);
    const id = `${part.section}.${no}`;
    if (no !== part.rows.length + 1)
      throw new SeedError(`appendix: row ${id} follows row ${part.section}.${part.rows.length}`, cell.line);
    const fields = cells.slice(i + 1, i + 6);
    if (fields.length < 5) throw new SeedError(`appendix row ${id}: has ${fields.length} of its 5 cells`, cell.line);
    part.rows.push(parseRow(id, part.section, no, fields as [Cell, Cell, Cell, Cell, Cell], cell.line, agencies));
    i += 6;
  }
  for (const s of APPENDIX_PARTS) {
    if (!parts.some((p) => p.section === s)) throw new SeedError(`appendix: part ${s} is missing`);
  }
  return { parts, title };
}

function parseRow(
  id: string,
  section: AppendixSection,
  no: number,
  fields: [Cell, Cell, Cell, Cell, Cell],
  line: number,
  agencies: PartyResolver,
): AppendixRow {
  const [task, leadCell, coopCell, deadlineCell, product] = fields;
  if (task.text === '') throw new SeedError(`appendix row ${id}: the task cell is empty`, task.line);
  const lead = agencies.resolveParty(leadCell.text);
  if (lead.agencyIds.length === 0 && lead.groups.length === 0) {
    throw new SeedError(
      `appendix row ${id}: lead cell "${leadCell.text.slice(0, 80)}" names no known agency (cells out of place?)`,
      leadCell.line,
    );
  }
  const coop = coopCell.text === '' ? { text: '', agencyIds: [], groups: [] } : agencies.resolveParty(coopCell.text);
  if (coopCell.text !== '' && coop.agencyIds.length === 0 && coop.groups.length === 0) {
    throw new SeedError(
      `appendix row ${id}: cooperation cell "${coopCell.text.slice(0, 80)}" ` +
        'names no known agency (cells out of place?)',
      coopCell.line,
    );
  }
  const deadline = parseDeadlineCell(deadlineCell.text);
  if (!deadline)
    throw new SeedError(
      `appendix row ${id}: deadline cell "${deadlineCell.text.slice(0, 80)}" is not a deadline (cells out of place?)`,
      deadlineCell.line,
    );
  return { id, section, no, task: task.text, lead, coop, deadline, product: product.text, bodyIds: [], line };
}

// ---------------------------------------------------------------------------------------------
// Links between appendix rows and body paragraphs

/** Where each appendix part restates the body: A ← sections 1–2, C ← section 16, B ← the rest. */
function candidateSections(section: AppendixSection): (no: number) => boolean {
  if (section === 'A') return (no) => no <= 2;
  if (section === 'C') return (no) => no === 16;
  return (no) => no > 2 && no !== 16;
}

function bigrams(text: string): Set<string> {
  const w = fold(text)
    .replace(/[^a-z0-9 ]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let k = 0; k + 1 < w.length; k++) out.add(`${w[k]} ${w[k + 1]}`);
  return out;
}

/** Share of the row's word pairs found in the paragraph (rows restate paragraphs nearly verbatim). */
function coverage(row: Set<string>, paragraph: Set<string>): number {
  if (row.size === 0) return 0;
  let hit = 0;
  for (const b of row) if (paragraph.has(b)) hit++;
  return hit / row.size;
}

/**
 * A row restating most of a paragraph links to it. A row that also restates a distinct part of
 * another paragraph (B.44 takes its reporting duty from section 19) links to that one too: the
 * second paragraph must hold most of the word pairs the first one lacks.
 */
const LINK_THRESHOLD = 0.45;
const SECOND_LINK_SHARE = 0.2;
const SECOND_LINK_OF_REST = 0.6;

function linkRowsToParagraphs(rows: AppendixRow[], sections: Section[]): void {
  const paragraphs = sections.flatMap((s) => s.paragraphs.map((p) => ({ p, grams: bigrams(p.text) })));
  const link = (row: AppendixRow, p: Paragraph): void => {
    row.bodyIds.push(p.id);
    p.appendixIds.push(row.id);
  };
  for (const row of rows) {
    const inSection = candidateSections(row.section);
    const grams = bigrams(row.task);
    const candidates = paragraphs.filter((c) => inSection(c.p.section));
    const scored = candidates.map((c) => ({ ...c, score: coverage(grams, c.grams) })).sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score < LINK_THRESHOLD) continue;
    link(row, best.p);
    const rest = new Set([...grams].filter((g) => !best.grams.has(g)));
    if (rest.size / grams.size < SECOND_LINK_SHARE) continue;
    const second = scored
      .slice(1)
      .map((c) => ({ p: c.p, ofRest: coverage(rest, c.grams) }))
      .sort((a, b) => b.ofRest - a.ofRest)[0];
    if (second && second.ofRest >= SECOND_LINK_OF_REST) link(row, second.p);
  }
}
