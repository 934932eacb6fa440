/**
 * Command-line entry points.
 *
 *   npm run ask -- "câu hỏi"            the answer as text
 *   npm run ask -- --json "câu hỏi"     one Answer as JSON
 *   npm run ask                         an interactive prompt keeping one conversation
 *   echo "câu hỏi" | npm run ask        without a terminal: one answer per line read, one
 *                                       conversation, no prompt (`--json`: one JSON Answer a line)
 *   npm run --silent ask -- --jsonl < in.jsonl > out.jsonl
 *                                       one JSON answer a line for each input line, in order
 *   npm run --silent kb                 the whole parsed model as one JSON document
 *
 * Only answers go to stdout; diagnostics go to stderr. When the reader of stdout goes away early
 * (`… | head`), the command stops quietly with status 0, as Unix tools do.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod/v4';
import type { Answer } from './intents/answer.js';
import { emptyContext, type ConversationContext } from './intents/context.js';
import type { Engine } from './intents/engine.js';
import { loadKnowledgeFromSeed, engineFromSeed } from './seed-file.js';
import { createEngine } from './intents/engine.js';
import { runIfMain } from './run-main.js';

const JsonlLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  conversation: z.union([z.string(), z.number()]).optional(),
});

function errorAnswer(message: string): Answer {
  return {
    intent: 'error',
    language: 'vi',
    heading: 'Không đọc được dòng này',
    text: `Không đọc được dòng này: ${message}`,
    intro: [message],
    groups: [],
    notes: [],
    citations: [],
    suggestions: [],
  };
}

/**
 * Answers a JSONL stream (readline's lines, or a list): one output line per input line, in order,
 * conversations honoured.
 */
export async function answerJsonl(
  engine: Engine,
  lines: AsyncIterable<string> | Iterable<string>,
  write: (line: string) => void,
): Promise<void> {
  const conversations = new Map<string, ConversationContext>();
  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      write(JSON.stringify({ id: null, ...errorAnswer('không phải JSON hợp lệ (not valid JSON)') }));
      continue;
    }
    const line = JsonlLine.safeParse(parsed);
    const id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? parsed.id : null;
    if (!line.success) {
      write(
        JSON.stringify({
          id,
          ...errorAnswer(line.error.issues.map((i) => `${i.path.join('.') || 'dòng'}: ${i.message}`).join('; ')),
        }),
      );
      continue;
    }
    const key = line.data.conversation === undefined ? undefined : String(line.data.conversation);
    const { answer, context } = engine.ask(line.data.text, key === undefined ? emptyContext() : conversations.get(key));
    if (key !== undefined) conversations.set(key, context);
    write(JSON.stringify({ id: line.data.id ?? null, ...answer }));
  }
}

/**
 * One conversation over stdin: at a terminal, a prompt and a banner; from a pipe or a file, just
 * one answer per line read (`json`: one JSON Answer a line).
 */
async function conversation(engine: Engine, options: { terminal: boolean; json: boolean }): Promise<void> {
  const rl = options.terminal
    ? createInterface({ input: process.stdin, output: process.stdout, prompt: 'Câu hỏi> ' })
    : createInterface({ input: process.stdin, crlfDelay: Infinity });
  let context = emptyContext();
  if (options.terminal) {
    process.stdout.write('Trợ lý Chỉ thị 05 — gõ câu hỏi, "hướng dẫn" để xem giới thiệu, Ctrl+D để thoát.\n');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim() !== '') {
      const result = engine.ask(line, context);
      context = result.context;
      if (options.terminal) process.stdout.write(`\n${result.answer.text}\n\n`);
      else process.stdout.write(options.json ? `${JSON.stringify(result.answer)}\n` : `${result.answer.text}\n\n`);
    }
    if (options.terminal) rl.prompt();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'kb') {
    const kb = loadKnowledgeFromSeed(process.env['SEED_PATH']);
    process.stdout.write(`${JSON.stringify(kb.model, null, 2)}\n`);
    return 0;
  }
  if (command !== 'ask') {
    process.stderr.write('usage: cli.ts ask [--json|--jsonl] ["question"] | cli.ts kb\n');
    return 2;
  }
  const maxQuestionLength = process.env['MAX_QUESTION_LENGTH'] ? Number(process.env['MAX_QUESTION_LENGTH']) : undefined;
  const engine =
    maxQuestionLength && Number.isFinite(maxQuestionLength)
      ? createEngine(loadKnowledgeFromSeed(process.env['SEED_PATH']), { maxQuestionLength })
      : engineFromSeed(process.env['SEED_PATH']);
  const json = rest.includes('--json');
  const jsonl = rest.includes('--jsonl');
  const question = rest.filter((a) => !a.startsWith('--')).join(' ');
  if (jsonl) {
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    await answerJsonl(engine, rl, (l) => process.stdout.write(`${l}\n`));
    return 0;
  }
  if (question === '') {
    await conversation(engine, { terminal: process.stdin.isTTY === true, json });
    return 0;
  }
  const { answer } = engine.ask(question);
  process.stdout.write(json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
  return 0;
}

runIfMain(import.meta.url, () => main(process.argv.slice(2)));
