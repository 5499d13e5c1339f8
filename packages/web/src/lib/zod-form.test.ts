import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodValidate } from './zod-form.ts';

const schema = z.object({
  email: z.email(),
  name: z.string().min(2),
  capacities: z.array(z.object({ beds: z.number().min(0) })),
});

describe('zodValidate', () => {
  const validate = zodValidate(
    schema,
    { email: 'E-mail invalide', capacities: 'Capacité invalide', 'capacities.1.beds': 'Lits invalides' },
    'Invalide',
  );

  it('returns no error for valid values', () => {
    expect(validate({ email: 'a@b.fr', name: 'CH', capacities: [] })).toEqual({});
  });

  it('puts the given message on each failing path, with nested paths and a fallback', () => {
    expect(validate({ email: 'nope', name: 'C', capacities: [{ beds: -1 }, { beds: -2 }] })).toEqual({
      email: 'E-mail invalide',
      name: 'Invalide',
      'capacities.0.beds': 'Capacité invalide',
      'capacities.1.beds': 'Lits invalides',
    });
  });
});
