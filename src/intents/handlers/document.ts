/**
 * About the document itself: number, date, issuer, title, signer, recipients; the agencies and
 * localities it praises; and its eight bottlenecks.
 */
import { msg } from '../messages.js';
import { makeAnswer } from '../present.js';
import type { Reply, Turn } from '../turn.js';
import type { Cue } from '../understand.js';

export function meta(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const m = kb.model.meta;
  const [y, mo, d] = m.date.split('-');
  const date = msg(lang, 'date', { d: d!, m: mo!, y: y! });
  const signer = { name: m.signer.name, title: m.signer.title, titleLower: m.signer.title.toLowerCase() };
  const asked = (c: Cue) => q.cues.has(c);
  const intro: string[] = [];
  // Đề án 06 in the directive's own words (the preamble's first paragraph), quoted in Vietnamese.
  const project = asked('project') ? kb.model.preamble.paragraphs[0] : undefined;
  if (project) intro.push(msg(lang, 'metaProject', { text: project }));
  if (asked('sign')) intro.push(msg(lang, 'metaSignedBy', { number: m.number, ...signer }));
  if (asked('date') || intro.length === 0) {
    intro.push(msg(lang, 'metaIssued', { number: m.number, place: m.place, dateText: m.dateText, date }));
  }
  if (!asked('sign')) intro.push(msg(lang, 'metaSigner', signer));
  intro.push(msg(lang, 'metaIssuer', { issuer: m.issuer, title: m.title }));
  if (asked('recipients')) intro.push(msg(lang, 'metaRecipients', { recipients: m.recipients.join('; ') }));
  intro.push(
    msg(lang, 'metaShape', {
      sections: kb.model.sections.length,
      rows: kb.model.appendix.length,
      a: kb.rowsOfPart('A').length,
      b: kb.rowsOfPart('B').length,
      c: kb.rowsOfPart('C').length,
    }),
  );
  return {
    answer: makeAnswer(kb, {
      intent: 'meta',
      lang,
      heading: msg(lang, 'metaHeading', { number: m.number, date }),
      intro,
      cite: ['META', ...(asked('recipients') ? ['RECIPIENTS'] : []), ...(project ? ['PREAMBLE'] : [])],
      suggestions: [msg(lang, 'askBottlenecks'), msg(lang, 'askTour')],
    }),
    remember: { lastIntent: 'meta' },
  };
}

export function praised(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const p = kb.model.preamble;
  const names = p.praised.agencyIds
    .map((id) => kb.agencies.byId(id))
    .filter((a) => a !== undefined)
    .map((a) => msg(lang, 'agencyName', a));
  return {
    answer: makeAnswer(kb, {
      intent: 'praised',
      lang,
      heading: msg(lang, 'praisedHeading'),
      intro: [msg(lang, 'praisedIntro', { text: p.praisedText, names: names.join('; ') }), msg(lang, 'praisedAlso')],
      cite: ['PREAMBLE'],
      suggestions: [msg(lang, 'askBottlenecks')],
    }),
    remember: { lastIntent: 'praised' },
  };
}

export function bottlenecks(turn: Turn): Reply {
  const { kb, q } = turn;
  const lang = q.language;
  const list = kb.model.bottlenecks;
  return {
    answer: makeAnswer(kb, {
      intent: 'bottlenecks',
      lang,
      heading: msg(lang, 'bottlenecksHeading', { n: list.length }),
      intro: [msg(lang, 'bottlenecksFrom'), ...list.map((b) => `(${b.no}) [${b.id}] ${b.text}.`)],
      cite: list.map((b) => b.id),
      suggestions: [msg(lang, 'askBottleneck', { no: 4 }), msg(lang, 'askSection', { no: 1 })],
    }),
    remember: { lastIntent: 'bottlenecks', listIds: list.map((b) => b.id) },
  };
}
