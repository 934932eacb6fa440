// Trợ lý Chỉ thị 05 — help-desk chat page. Plain ES module, no build step, no third-party code.
// Everything the user types or the server answers is put on the page as text (textContent,
// createElement), never as HTML.

const STORAGE_KEY = 'tro-ly-05.conversationId';

const log = /** @type {HTMLElement} */ (document.getElementById('log'));
const form = /** @type {HTMLFormElement} */ (document.getElementById('ask-form'));
const question = /** @type {HTMLTextAreaElement} */ (document.getElementById('question'));
const send = /** @type {HTMLButtonElement} */ (document.getElementById('send'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const newConversation = /** @type {HTMLButtonElement} */ (document.getElementById('new-conversation'));
const welcome = document.getElementById('welcome');

let busy = false;

// ---------------------------------------------------------------------------------------------
// Small DOM helpers

/**
 * Creates an element with a class and text content.
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** @param {string} text @param {boolean} [isError] */
function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function conversationId() {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** @param {string | undefined} id */
function rememberConversation(id) {
  try {
    if (id) sessionStorage.setItem(STORAGE_KEY, id);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode without storage: the conversation simply is not kept across reloads.
  }
}

// ---------------------------------------------------------------------------------------------
// Labels in the answer's language

const LABELS = {
  vi: {
    you: 'Bạn hỏi', bot: 'Trợ lý trả lời', lead: 'Chủ trì', coop: 'Phối hợp', deadline: 'Thời hạn', product: 'Sản phẩm',
    sources: 'Nguồn trích dẫn', full: 'Xem toàn văn', loading: 'Đang tải toàn văn…', related: 'Liên quan', note: 'Lưu ý',
    copy: 'Sao chép', copied: 'Đã sao chép', copyLabel: 'Sao chép câu trả lời kèm trích dẫn', more: 'Hỏi tiếp:',
    sourceHeader: 'Nguồn trích dẫn (Chỉ thị 05/CT-TTg):', sourceFailed: 'Không tải được toàn văn. Hãy đóng rồi mở lại để thử lại.',
  },
  en: {
    you: 'You asked', bot: 'Assistant', lead: 'Lead', coop: 'Cooperating', deadline: 'Deadline', product: 'Product',
    sources: 'Sources', full: 'Show full text', loading: 'Loading the full text…', related: 'Related', note: 'Note',
    copy: 'Copy', copied: 'Copied', copyLabel: 'Copy the answer with its sources', more: 'Ask next:',
    sourceHeader: 'Sources (Directive 05/CT-TTg):', sourceFailed: 'Could not load the full text. Close and reopen to try again.',
  },
};

/** @param {string} lang */
function labels(lang) {
  return lang === 'en' ? LABELS.en : LABELS.vi;
}

// ---------------------------------------------------------------------------------------------
// Rendering an Answer

/**
 * The answer's text paragraphs that are neither its heading, a group nor a note (those are shown
 * in their own structured form).
 */
function introParagraphs(answer) {
  const blocks = String(answer.text).split(/\n{2,}/);
  if (blocks[0] === answer.heading) blocks.shift();
  const groupTitles = new Set(answer.groups.map((g) => `${g.title}:`));
  const notePrefix = `${labels(answer.language).note}: `;
  const notes = new Set(answer.notes);
  return blocks
    .map((b) => b.split('\n').filter((line) => !(line.startsWith(notePrefix) && notes.has(line.slice(notePrefix.length)))).join('\n'))
    .filter((b) => b.trim() !== '' && !groupTitles.has(b.split('\n')[0]));
}

/** The answer as plain text with its sources, to paste back to the citizen. */
function plainText(answer) {
  const L = labels(answer.language);
  const lines = [String(answer.text).trim()];
  if (answer.citations.length > 0) {
    lines.push('', L.sourceHeader);
    for (const c of answer.citations) {
      const quote = String(c.quote).replace(/…$/, '').trim();
      const shown = quote === '' || answer.text.includes(quote.slice(0, 60));
      lines.push(shown ? `[${c.id}] ${c.title}` : `[${c.id}] ${c.title}: ${c.quote}`);
    }
  }
  return lines.join('\n');
}

/** @param {HTMLElement} parent @param {Array<[string, string | undefined]>} facts */
function factList(parent, facts) {
  const present = facts.filter(([, v]) => v);
  if (present.length === 0) return;
  const dl = el('dl', 'cite-facts');
  for (const [k, v] of present) {
    dl.append(el('dt', '', k), el('dd', '', v));
  }
  parent.append(dl);
}

/** A citation with its full text on demand (fetched once, when first opened). */
function citationItem(c, lang) {
  const L = labels(lang);
  const li = el('li', 'citation');
  li.append(el('p', 'citation-title', `[${c.id}] ${c.title}`));
  if (c.quote) li.append(el('blockquote', 'quote', c.quote));
  factList(li, [[L.lead, c.lead], [L.coop, c.coop], [L.deadline, c.deadline], [L.product, c.product]]);

  const details = el('details', 'source-full');
  const summary = el('summary', '', L.full);
  summary.setAttribute('aria-label', `${L.full}: ${c.title}`);
  const body = el('div', 'source-body');
  details.append(summary, body);
  let state = 'idle'; // idle → loading → done | failed (failed goes back to idle when closed)
  details.addEventListener('toggle', async () => {
    if (!details.open) {
      if (state === 'failed') state = 'idle';
      return;
    }
    if (state !== 'idle') return;
    state = 'loading';
    body.replaceChildren(el('p', 'source-meta', L.loading));
    try {
      const res = await fetch(`/api/source/${encodeURIComponent(c.id)}?lang=${lang === 'en' ? 'en' : 'vi'}`, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      const record = await res.json();
      const text = el('p', 'source-text', record.text);
      body.replaceChildren(text);
      factList(body, [[L.lead, record.lead], [L.coop, record.coop], [L.deadline, record.deadline], [L.product, record.product]]);
      if (Array.isArray(record.related) && record.related.length > 0) {
        body.append(el('p', 'source-meta', `${L.related}: ${record.related.join(', ')}`));
      }
      state = 'done';
    } catch {
      body.replaceChildren(el('p', 'source-meta', L.sourceFailed));
      state = 'failed';
    }
  });
  li.append(details);
  return li;
}

/** Copies text, with the old execCommand route when the Clipboard API is unavailable (plain http). */
async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the fallback
    }
  }
  const area = el('textarea', 'visually-hidden');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

let answerCount = 0;

/** Renders one Answer as an article in the log. */
function renderAnswer(answer) {
  const L = labels(answer.language);
  answerCount += 1;
  const article = el('article', 'msg msg-answer');
  article.setAttribute('lang', answer.language === 'en' ? 'en' : 'vi');
  const headingId = `answer-${answerCount}`;
  article.setAttribute('aria-labelledby', headingId);
  article.append(el('p', 'who', L.bot));
  const h = el('h2', '', answer.heading);
  h.id = headingId;
  article.append(h);

  for (const p of introParagraphs(answer)) article.append(el('p', 'intro', p));

  for (const g of answer.groups) {
    const section = el('section', 'group');
    section.append(el('h3', '', g.title));
    const ul = el('ul', 'items');
    for (const it of g.items) {
      const li = el('li');
      li.append(el('span', 'ref', `[${it.citationId}]`), document.createTextNode(` ${it.text}`));
      const facts = [it.lead ? `${L.lead}: ${it.lead}` : '', it.deadline ? `${L.deadline}: ${it.deadline}` : ''].filter(Boolean).join('. ');
      if (facts) li.append(el('span', 'facts', ` — ${facts}.`));
      ul.append(li);
    }
    section.append(ul);
    article.append(section);
  }

  if (answer.notes.length > 0) {
    const notes = el('div', 'notes');
    for (const n of answer.notes) notes.append(el('p', '', `${L.note}: ${n}`));
    article.append(notes);
  }

  if (answer.citations.length > 0) {
    const sources = el('details', 'sources');
    sources.open = answer.citations.length <= 6;
    sources.append(el('summary', '', `${L.sources} (${answer.citations.length})`));
    const ol = el('ol', 'citations');
    for (const c of answer.citations) ol.append(citationItem(c, answer.language));
    sources.append(ol);
    article.append(sources);
  }

  const actions = el('div', 'actions');
  const copy = el('button', 'copy', L.copy);
  copy.type = 'button';
  copy.setAttribute('aria-label', L.copyLabel);
  copy.addEventListener('click', async () => {
    const ok = await copyText(plainText(answer));
    if (ok) {
      copy.textContent = L.copied;
      setStatus('Đã sao chép câu trả lời kèm trích dẫn. Có thể dán vào tin nhắn trả lời người dân.');
      setTimeout(() => { copy.textContent = L.copy; }, 2000);
    } else {
      setStatus('Trình duyệt không cho phép sao chép tự động. Hãy bôi đen câu trả lời rồi nhấn Ctrl+C.', true);
    }
  });
  actions.append(copy);
  article.append(actions);

  if (answer.suggestions.length > 0) {
    article.append(el('p', 'suggest-label', L.more));
    article.append(suggestionButtons(answer.suggestions));
  }
  log.append(article);
  return article;
}

/** @param {string[]} suggestions */
function suggestionButtons(suggestions) {
  const box = el('div', 'suggestions');
  for (const s of suggestions) {
    const b = el('button', 'suggestion', s);
    b.type = 'button';
    b.dataset.ask = s;
    box.append(b);
  }
  return box;
}

/** @param {string} text */
function renderQuestion(text) {
  const div = el('div', 'msg msg-user');
  div.append(el('p', 'who', 'Bạn hỏi'), el('p', '', text));
  log.append(div);
  return div;
}

/** @param {string} text */
function renderError(text) {
  const div = el('div', 'msg msg-error', text);
  log.append(div);
  return div;
}

// ---------------------------------------------------------------------------------------------
// Asking

/** A polite Vietnamese explanation of a failed request. */
async function explainFailure(res) {
  if (res.status === 429) {
    const seconds = Number(res.headers.get('Retry-After')) || 60;
    return `Bạn đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.`;
  }
  if (res.status === 502 || res.status === 503) {
    // The server is restarting: the reverse proxy in front answers 502 or 503 until it is back.
    const seconds = Number(res.headers.get('Retry-After')) || 5;
    return `Máy chủ đang khởi động lại. Vui lòng gửi lại câu hỏi sau ${seconds} giây.`;
  }
  if (res.status === 408) return 'Câu hỏi đến máy chủ quá chậm, có thể do mạng yếu. Vui lòng gửi lại.';
  if (res.status === 413) return 'Câu hỏi quá dài. Vui lòng rút gọn rồi gửi lại.';
  if (res.status === 400) return 'Máy chủ không đọc được câu hỏi này. Vui lòng kiểm tra nội dung rồi gửi lại.';
  return `Máy chủ đang gặp sự cố (mã ${res.status}). Vui lòng thử lại sau ít phút.`;
}

/** @param {string} raw */
async function ask(raw) {
  const text = raw.trim();
  if (text === '' || busy) return;
  busy = true;
  send.disabled = true;
  log.setAttribute('aria-busy', 'true');
  setStatus('Đang tìm câu trả lời…');
  renderQuestion(text);
  let shown;
  try {
    const res = await fetch('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text, conversationId: conversationId() }),
    });
    if (res.ok) {
      const answer = await res.json();
      rememberConversation(answer.conversationId);
      shown = renderAnswer(answer);
      setStatus('');
    } else {
      const message = await explainFailure(res);
      shown = renderError(message);
      setStatus(message, true);
      if (question.value.trim() === '') question.value = raw; // as typed, to edit and resend
    }
  } catch {
    const message = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.';
    shown = renderError(message);
    setStatus(message, true);
    if (question.value.trim() === '') question.value = raw; // as typed, to edit and resend
  } finally {
    busy = false;
    send.disabled = false;
    log.removeAttribute('aria-busy');
  }
  // Show the new answer from its start; keep typing in the question box (without scrolling to it).
  shown.scrollIntoView({ block: 'start' });
  question.focus({ preventScroll: true });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = question.value;
  if (text.trim() === '') {
    setStatus('Vui lòng nhập câu hỏi.', true);
    question.focus();
    return;
  }
  question.value = '';
  void ask(text);
});

question.addEventListener('keydown', (event) => {
  // Enter sends; Shift+Enter keeps the newline. Not while an input method is composing (Telex/VNI).
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    form.requestSubmit();
  }
});

log.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button.suggestion') : null;
  if (target instanceof HTMLButtonElement && target.dataset.ask) void ask(target.dataset.ask);
});

newConversation.addEventListener('click', () => {
  rememberConversation(undefined);
  log.replaceChildren(...(welcome ? [welcome] : []));
  setStatus('Đã bắt đầu cuộc trò chuyện mới.');
  question.value = '';
  question.focus();
});
