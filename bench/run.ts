/**
 * `npm run bench`: every benchmark, each figure printed with its ratio to the
 * baseline measured in the same run.
 */
import { benchEstablishmentTargets } from './establishment-targets.ts';
import { benchOrgTree } from './org-tree.ts';
import { benchStartTime } from './start-time.ts';
import { benchTargetEngine, type BenchFigure } from './target-engine.ts';

const suites: [string, () => Promise<BenchFigure[]>][] = [
  ['Organisation tree', benchOrgTree],
  ['Start-up', benchStartTime],
  ['CPOM target engine', benchTargetEngine],
  ['CPOM targets of an establishment', benchEstablishmentTargets],
];

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

for (const [title, run] of suites) {
  process.stdout.write(`\n${title}\n`);
  for (const figure of await run()) {
    const ratio = figure.ratio === undefined ? '' : `  ×${format(figure.ratio)}`;
    const goal = figure.goal ? `  (goal ${figure.goal})` : '';
    process.stdout.write(
      `  ${figure.name.padEnd(52)} ${format(figure.value).padStart(10)} ${figure.unit}${ratio}${goal}\n`,
    );
  }
}
