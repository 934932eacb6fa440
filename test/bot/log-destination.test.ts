/**
 * The batched log destination, writing to a real file: lines come out whole and in order, a quiet
 * line is written within the flush interval, flush(cb) and flushSync write what waits, and a
 * process that exits right after logging loses nothing.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchedDestination, type BatchedDestination } from '../../src/bot/log-destination.js';
import { PROJECT_ROOT } from '../../src/seed-file.js';

const dir = mkdtempSync(join(tmpdir(), 'c05-log-'));
let opened: BatchedDestination[] = [];
afterEach(() => {
  // end() closes the file descriptor (asynchronously); closing it here too could close another
  // test's file that got the same number meanwhile.
  for (const dest of opened) dest.end();
  opened = [];
});

function open(name: string, options: { batchChars?: number; flushMs?: number } = {}) {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  const dest = batchedDestination({ fd, ...options });
  opened.push(dest);
  return { dest, read: () => readFileSync(path, 'utf8') };
}

const line = (i: number) => `${JSON.stringify({ i, msg: 'question answered', note: 'Bộ Y tế — tháng 6/2023' })}\n`;

describe('batchedDestination', () => {
  it('when many lines are written, then each comes out whole and in order once flushed; nothing is written line by line', async () => {
    const { dest, read } = open('many.log', { batchChars: 4096, flushMs: 60_000 });
    for (let i = 0; i < 1000; i++) dest.write(line(i));
    await new Promise<void>((resolve, reject) => dest.flush((err) => (err ? reject(err) : resolve())));
    const lines = read().split('\n').filter((l) => l !== '');
    expect(lines.map((l) => (JSON.parse(l) as { i: number }).i)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('when a few lines are written and the server goes quiet, then they are written within the flush interval', async () => {
    const { dest, read } = open('quiet.log', { batchChars: 4096, flushMs: 100 });
    dest.write(line(1));
    dest.write(line(2));
    expect(read()).toBe('');
    const start = Date.now();
    while (read() === '' && Date.now() - start < 3000) await new Promise((r) => setTimeout(r, 20));
    expect(read()).toBe(line(1) + line(2));
    expect(Date.now() - start).toBeLessThan(1500);
  });

  it('when flushSync is called, then what waits is written before it returns', () => {
    const { dest, read } = open('sync.log', { flushMs: 60_000 });
    dest.write(line(7));
    dest.flushSync();
    expect(read()).toBe(line(7));
  });

  it('when a process logs and exits at once, then every line is in its output', () => {
    const out = join(dir, 'exit.log');
    const script = `
      import { batchedDestination } from ${JSON.stringify(join(PROJECT_ROOT, 'src/bot/log-destination.ts'))};
      const dest = batchedDestination();
      for (let i = 0; i < 5000; i++) dest.write(JSON.stringify({ i }) + '\\n');
      process.exit(0);
    `;
    const fd = openSync(out, 'w');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, stdio: ['ignore', fd, 'inherit'] });
    } finally {
      closeSync(fd);
    }
    const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(5000);
    expect(lines.at(-1)).toBe('{"i":4999}');
  });
});
