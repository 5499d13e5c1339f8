import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `runs` calls, after `warmUp` calls that fill caches and JIT. */
export async function medianTime(
  run: () => Promise<unknown>,
  options: { runs: number; warmUp?: number },
): Promise<number> {
  for (let i = 0; i < (options.warmUp ?? 5); i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}
