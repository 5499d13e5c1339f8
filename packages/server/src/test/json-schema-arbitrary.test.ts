import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brokenBody, fuzzValue, hostileValue, validValue, type JsonSchema } from './json-schema-arbitrary.ts';

// Zod schemas of the kinds the routes use, turned into JSON Schema the way the document is.
const body = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(20),
  kind: z.enum(['region', 'ght']),
  beds: z.number().int().min(0).max(5000),
  rate: z.number().min(0).max(1).optional(),
  department: z.string().regex(/^(0[1-9]|[1-8]\d|2A|2B)$/),
  email: z.email().optional(),
  tags: z.array(z.string().max(5)).max(3).default([]),
  parentId: z.uuid().nullable(),
  value: z.union([z.number(), z.object({ numerator: z.number(), denominator: z.number().positive() })]),
});
const json = z.toJSONSchema(body, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;

describe('JSON Schema arbitraries', () => {
  it('draws only values the schema accepts', () => {
    fc.assert(
      fc.property(validValue(json), (value) => {
        expect(body.safeParse(value).error).toBeUndefined();
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('draws hostile values that the schema refuses half the time or more, and fuzzed values of both kinds', () => {
    const refused = (values: unknown[]) => values.filter((v) => !body.safeParse(v).success).length;
    const hostile = fc.sample(hostileValue(json), { numRuns: 200, seed: 7 });
    // Extra keys are hostile yet accepted: Zod strips them.
    expect(refused(hostile)).toBeGreaterThan(100);
    const fuzzed = fc.sample(fuzzValue(json), { numRuns: 200, seed: 7 });
    expect(refused(fuzzed)).toBeGreaterThan(40);
    expect(refused(fuzzed)).toBeLessThan(190);
  });

  it('reaches the edges the security review named: NUL, uppercase UUIDs, int32 overflow, over-long text', () => {
    const leaves = fc.sample(hostileValue({ type: 'string', format: 'uuid' }), { numRuns: 400, seed: 3 }).map(String);
    expect(leaves.some((s) => s.includes('\u0000'))).toBe(true);
    expect(leaves.some((s) => /^[0-9A-F-]{36}$/.test(s) && /[A-F]/.test(s))).toBe(true);
    const numbers = fc.sample(hostileValue({ type: 'integer', minimum: 1, maximum: 100 }), { numRuns: 400, seed: 3 });
    expect(numbers).toContain(2 ** 31);
    const strings = fc.sample(hostileValue({ type: 'string', maxLength: 20 }), { numRuns: 400, seed: 3 });
    expect(strings).toContain('a'.repeat(21));
  });

  it('breaks a body only in ways the schema certainly refuses', () => {
    fc.assert(
      fc.property(brokenBody(json)!, (value) => {
        expect(body.safeParse(value).success).toBe(false);
      }),
      { numRuns: 200, seed: 7 },
    );
    // A value of any type may be right for a schema that says nothing: no certain refusal.
    expect(brokenBody({})).toBeUndefined();
  });
});
