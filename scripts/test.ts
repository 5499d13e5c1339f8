/**
 * The whole suite, as CI runs it: type-check, lint, web build, the OpenAPI
 * document's lint and generated client, then unit,
 * integration and browser tests in one Vitest run, ending with the line
 * "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.ts';

function run(label: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const npx = 'npx';
const steps: [string, string[]][] = [
  ['Type-check', ['tsc', '-p', 'tsconfig.json']],
  ['Type-check (web)', ['tsc', '-p', 'packages/web/tsconfig.json']],
  ['Type-check (browser tests)', ['tsc', '-p', 'e2e/tsconfig.json']],
  ['Lint', ['eslint', '.']],
  ['Format (Prettier)', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['Build the web app', ['vite', 'build', 'packages/web', '--logLevel', 'warn']],
];
let failedSteps = 0;
for (const [label, args] of steps) if (!run(label, npx, args)) failedSteps += 1;
if (!run('OpenAPI document: Redocly lint and typed client', process.execPath, ['scripts/openapi.ts'])) failedSteps += 1;

ensureChromium();

const report = path.join(mkdtempSync(path.join(tmpdir(), 'jalon-vitest-')), 'report.json');
run('Unit, integration and browser tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = failedSteps;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  passed = json.numPassedTests;
  // A test file that fails to load has no assertions: count it as a failure.
  failed +=
    json.numFailedTests +
    json.numPendingTests +
    json.numTodoTests +
    json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed += 1;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
