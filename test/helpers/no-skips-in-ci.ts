/**
 * A vitest reporter: in CI (CI=true) a skipped or todo test fails the run. Suites that may skip
 * locally (no Redis, no Chromium) must throw in CI instead; this is the net under that rule, so a
 * forgotten `it.skip` or a guard that skips silently cannot make CI green. Locally it only lists
 * what was skipped, so nobody mistakes a skip for a pass.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** Full names of the tests that did not run ("file > suite > test"). */
export function skippedTests(modules: readonly TestModule[]): string[] {
  const names: string[] = [];
  for (const m of modules) {
    for (const t of m.children.allTests()) {
      if (t.result().state === 'skipped') names.push(`${m.moduleId.replace(`${process.cwd()}/`, '')} > ${t.fullName}`);
    }
  }
  return names;
}

export default class NoSkipsInCi implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const skipped = skippedTests(modules);
    if (skipped.length === 0) return;
    const list = skipped.map((n) => `  - ${n}`).join('\n');
    if (process.env['CI'] === 'true') {
      process.stderr.write(`\n✗ ${skipped.length} test(s) skipped, and nothing may skip in CI (CI=true):\n${list}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`\n! ${skipped.length} test(s) skipped (in CI this fails the run):\n${list}\n`);
    }
  }
}
