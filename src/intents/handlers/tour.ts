/**
 * The guided tour for new staff: overview → bottlenecks → section 1 → common duties (part A) →
 * each ministry's section → provinces (section 16, part C) → follow-up and reporting (section 19).
 * Steps are built from the parsed directive; the position lives in the conversation context.
 */
import type { KnowledgeBase } from '../../knowledge/index.js';
import type { AnswerGroup, Language, TourInfo } from '../answer.js';
import type { TourOp } from '../engine.js';
import { msg } from '../messages.js';
import { group, makeAnswer, paragraphItem, rowItem } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import { examples } from './help.js';

interface Step {
  id: string;
  title: (lang: Language) => string;
  body: (kb: KnowledgeBase, lang: Language) => { intro: string[]; groups?: AnswerGroup[]; cite: string[] };
}

const FIRST_MINISTRY_SECTION = 3;

function sectionStep(no: number): Step {
  return {
    id: `S${no}`,
    title: (lang) => msg(lang, 'tourSectionTitle', { no }),
    body: (kb, lang) => {
      const s = kb.section(no)!;
      const rows = s.paragraphs.flatMap((p) => p.appendixIds);
      return {
        intro: [
          msg(lang, 'tourSectionIntro', { no, addressee: s.addressee.text, n: s.paragraphs.length, rows: rows.length }),
        ],
        groups: [
          group(
            'paragraphs',
            msg(lang, 'tourMainPoints'),
            s.paragraphs.map((p) => paragraphItem(p, 160)),
          ),
        ],
        cite: [s.id, ...s.paragraphs.map((p) => p.id)],
      };
    },
  };
}

/** The tour's steps, derived from the directive's structure. */
export function tourSteps(kb: KnowledgeBase): Step[] {
  const ministrySections = kb.model.sections
    .map((s) => s.no)
    .filter((no) => no >= FIRST_MINISTRY_SECTION && no !== 16 && no !== kb.model.sections.length);
  const provinceSection = 16;
  return [
    {
      id: 'overview',
      title: (lang) => msg(lang, 'tourOverviewTitle'),
      body: (kb, lang) => {
        const m = kb.model.meta;
        return {
          intro: [
            msg(lang, 'tourOverviewIntro', { number: m.number, signer: m.signer.name }),
            msg(lang, 'tourStructure', {
              bottlenecks: kb.model.bottlenecks.length,
              sections: kb.model.sections.length,
              rows: kb.model.appendix.length,
              a: kb.rowsOfPart('A').length,
              b: kb.rowsOfPart('B').length,
              c: kb.rowsOfPart('C').length,
            }),
          ],
          cite: ['META'],
        };
      },
    },
    {
      id: 'bottlenecks',
      title: (lang) => msg(lang, 'tourBottlenecksTitle'),
      body: (kb, lang) => ({
        intro: [
          msg(lang, 'tourBottlenecksIntro'),
          ...kb.model.bottlenecks.map((b) => `(${b.no}) [${b.id}] ${b.text}.`),
        ],
        cite: kb.model.bottlenecks.map((b) => b.id),
      }),
    },
    { ...sectionStep(1), title: (lang) => msg(lang, 'tourSection1Title') },
    {
      id: 'common',
      title: (lang) => msg(lang, 'tourCommonTitle'),
      body: (kb, lang) => {
        const rows = kb.rowsOfPart('A');
        return {
          intro: [msg(lang, 'tourCommonIntro', { n: rows.length })],
          groups: [
            group(
              'shared',
              msg(lang, 'tourPart', { part: 'A' }),
              rows.map((r) => rowItem(kb, r, lang)),
            ),
          ],
          cite: ['S2', ...rows.map((r) => r.id)],
        };
      },
    },
    ...ministrySections.map((no) => sectionStep(no)),
    {
      ...sectionStep(provinceSection),
      id: 'provinces',
      title: (lang) => msg(lang, 'tourProvincesTitle', { no: provinceSection }),
    },
    { ...sectionStep(kb.model.sections.length), id: 'follow-up', title: (lang) => msg(lang, 'tourFollowUpTitle') },
  ];
}

/** Words that move a tour under way; matched on the whole folded message. */
export function tourOpOf(folded: string): TourOp | undefined {
  if (/^(?:tiep|tiep theo|tiep tuc|next|ok|okay|tiep di|buoc tiep theo|continue|>|sau|xem tiep)$/u.test(folded))
    return 'next';
  if (/^(?:quay lai|lui|lui lai|tro lai|buoc truoc|back|previous|prev|<)$/u.test(folded)) return 'back';
  if (
    /^(?:thoat|dung|dung lai|ket thuc|exit|stop|quit|thoat tour|ket thuc tour|ket thuc huong dan|end tour|huy)$/u.test(
      folded,
    )
  )
    return 'exit';
  const jump = /^(?:buoc|step|den buoc|go to step|sang buoc|chuyen den buoc)\s*(\d{1,2})$/u.exec(folded);
  if (jump) return { jump: Number(jump[1]) };
  return undefined;
}

const STARTS_TOUR = new RegExp(
  String.raw`^(?:huong dan|huong dan nhanh|huong dan toi|tour|guided tour|start tour|take the tour|` +
    String.raw`bat dau|bat dau tour|bat dau huong dan|gioi thieu|gioi thieu chi thi(?: 05)?|tham quan|` +
    String.raw`onboarding|tim hieu chi thi(?: 05)?|show me around|walk me through(?: the directive)?)$`,
  'u',
);

/** Whole messages that start the tour. */
export function startsTour(folded: string): boolean {
  return STARTS_TOUR.test(folded);
}

export function tour(turn: Turn, op: TourOp): Reply {
  const { kb, q, ctx } = turn;
  const lang = q.language;
  const steps = tourSteps(kb);
  const current = ctx.tourStep;
  let next: number;
  if (op === 'start') next = 0;
  else if (op === 'next') next = current === undefined ? 0 : current + 1;
  else if (op === 'back') next = Math.max(0, (current ?? 0) - 1);
  // "Kết thúc" on the last step finishes the tour rather than abandoning it.
  else if (op === 'exit') next = current === steps.length - 1 ? steps.length : -1;
  else next = Math.min(Math.max(op.jump, 1), steps.length) - 1;

  if (next < 0 || next >= steps.length) {
    const finished = next >= steps.length;
    const info: TourInfo = {
      step: steps.length,
      total: steps.length,
      stepId: 'end',
      title: msg(lang, 'tourEndTitle'),
      canBack: false,
      canNext: false,
      ended: true,
    };
    return {
      answer: makeAnswer(kb, {
        intent: 'tour',
        lang,
        heading: msg(lang, finished ? 'tourFinishedHeading' : 'tourClosedHeading'),
        intro: [msg(lang, 'tourAskAnything'), ...examples(lang).map((e) => `• ${e}`), msg(lang, 'tourRestart')],
        cite: [],
        suggestions: [...examples(lang), msg(lang, 'askTour')],
        tour: info,
      }),
      remember: { lastIntent: 'tour', tourStep: undefined },
    };
  }
  const step = steps[next]!;
  const body = step.body(kb, lang);
  const info: TourInfo = {
    step: next + 1,
    total: steps.length,
    stepId: step.id,
    title: step.title(lang),
    canBack: next > 0,
    canNext: next < steps.length - 1,
    ended: false,
  };
  return {
    answer: makeAnswer(kb, {
      intent: 'tour',
      lang,
      heading: msg(lang, 'tourHeading', { step: next + 1, total: steps.length, title: info.title }),
      intro: [...body.intro, msg(lang, 'tourMoves')],
      groups: body.groups ?? [],
      cite: body.cite,
      suggestions: [
        msg(lang, info.canNext ? 'tourNext' : 'tourFinish'),
        ...(info.canBack ? [msg(lang, 'tourBack')] : []),
        msg(lang, 'tourExit'),
      ],
      tour: info,
    }),
    remember: { lastIntent: 'tour', tourStep: next },
  };
}
