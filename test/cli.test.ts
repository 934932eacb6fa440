/**
 * The CLI contract of ../shared/eval/README.md, run as users run it (npm scripts, real process).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const npm = (args: string[], input?: string) =>
  spawnSync('npm', ['run', '--silent', ...args], {
    cwd: new URL('..', import.meta.url).pathname,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('the ask and kb commands', () => {
  it(
    'when a JSONL batch has a bad line and a conversation, then each line gets one answer in ' +
      'order and stdout holds nothing else',
    () => {
      const input = [
        JSON.stringify({ id: 'a', text: 'Bộ Tài chính phải làm gì?', conversation: 'c1' }),
        'not json at all',
        JSON.stringify({ id: 'b', text: 'Còn Bộ Nội vụ?', conversation: 'c1' }),
        JSON.stringify({ id: 'c', text: 42 }),
        JSON.stringify({ id: 'd', text: 'B.6 là gì?' }),
      ].join('\n');
      const r = npm(['ask', '--', '--jsonl'], input);
      expect(r.status).toBe(0);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string | null; intent: string; citations: Array<{ id: string }> });
      expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd']);
      expect(lines.map((l) => l.intent)).toEqual(['obligations', 'error', 'obligations', 'error', 'item']);
      expect(lines[2]!.citations.map((c) => c.id)).toContain('B.20');
    },
  );

  it('when asked with --json, then one Answer is printed as JSON', () => {
    const r = npm(['ask', '--', '--json', 'Chỉ thị 05 do ai ký?']);
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout) as { intent: string; text: string };
    expect(answer.intent).toBe('meta');
    expect(answer.text).toContain('Phạm Minh Chính');
  });

  it(
    'when questions are piped in without --jsonl, then each line is answered in one ' +
      'conversation, without prompt or banner',
    () => {
      const text = npm(['ask'], 'Bộ Tài chính phải làm gì trong tháng 3/2023?\nCòn Bộ Nội vụ?\n');
      expect(text.status).toBe(0);
      expect(text.stdout).not.toMatch(/Câu hỏi>|Ctrl\+D/u);
      const json = npm(['ask', '--', '--json'], 'Bộ Tài chính phải làm gì trong tháng 3/2023?\nCòn Bộ Nội vụ?\n');
      const answers = json.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { intent: string; citations: Array<{ id: string }> });
      expect(answers).toHaveLength(2);
      // The follow-up kept the month: the Ministry of Home Affairs' March row, not its June one.
      expect(answers[1]!.citations.map((c) => c.id)).toContain('B.21');
      expect(answers[1]!.citations.map((c) => c.id)).not.toContain('B.20');
    },
  );

  it('when the reader of stdout stops early, then the command stops quietly, without an EPIPE stack trace', () => {
    const r = spawnSync(
      'sh',
      ['-c', 'yes "Bộ Công an phải làm gì?" | head -n 300 | npm run --silent ask -- --json | head -c 100 > /dev/null'],
      { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error/u);
  });

  it('when kb is run, then the whole model is one JSON document with 72 rows, 19 sections and 8 bottlenecks', () => {
    const r = npm(['kb']);
    expect(r.status).toBe(0);
    const model = JSON.parse(r.stdout) as {
      meta: { number: string };
      appendix: unknown[];
      sections: unknown[];
      bottlenecks: unknown[];
      agencies: unknown[];
    };
    expect(model.meta.number).toBe('05/CT-TTg');
    expect(model.appendix).toHaveLength(72);
    expect(model.sections).toHaveLength(19);
    expect(model.bottlenecks).toHaveLength(8);
    expect(model.agencies.length).toBeGreaterThan(90);
  });

  it('when the seed path points at a damaged file, then kb stops with a clear error naming the line', () => {
    const r = spawnSync('npm', ['run', '--silent', 'kb'], {
      cwd: new URL('..', import.meta.url).pathname,
      env: { ...process.env, SEED_PATH: 'test/fixtures/damaged-seed.txt' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/did not parse: line \d+: appendix row B\.22/u);
  });
});
