import { describe, expect, it } from 'vitest';
import { demoRandom } from './indicator-values-random.ts';

const draws = (rng: ReturnType<typeof demoRandom>, n: number) => Array.from({ length: n }, () => rng.next());

describe('demoRandom', () => {
  it('repeats the same sequence for the same key', () => {
    expect(draws(demoRandom('chu-toulouse', 'CPOM_OS_12', 2025), 20)).toEqual(
      draws(demoRandom('chu-toulouse', 'CPOM_OS_12', 2025), 20),
    );
  });

  it('gives neighbouring keys different sequences', () => {
    const a = draws(demoRandom('ch-lunel', 'CPOM_OS_1', 2024), 5);
    const b = draws(demoRandom('ch-lunel', 'CPOM_OS_1', 2025), 5);
    expect(a).not.toEqual(b);
  });

  it('stays within the bounds asked for and reaches both ends of a whole range', () => {
    const rng = demoRandom('bounds');
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const y = rng.between(3, 4);
      expect(y).toBeGreaterThanOrEqual(3);
      expect(y).toBeLessThan(4);
      ints.add(rng.int(1, 3));
    }
    expect([...ints].sort()).toEqual([1, 2, 3]);
  });

  it('draws chances in proportion', () => {
    const rng = demoRandom('chance');
    const hits = Array.from({ length: 4000 }, () => rng.chance(0.25)).filter(Boolean).length;
    expect(hits / 4000).toBeGreaterThan(0.22);
    expect(hits / 4000).toBeLessThan(0.28);
  });
});
