import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from './secrets.ts';

const parameters = (encoded: string) => encoded.split('$').slice(1, 4).join('$');

describe('password hashes', () => {
  it('checks an unknown account against a dummy hash of the same algorithm and cost as real ones', async () => {
    expect(parameters(DUMMY_HASH)).toBe(parameters(await hashPassword('Un-Mot-De-Passe-2026!')));
    await expect(verifyPassword(null, 'Un-Mot-De-Passe-2026!')).resolves.toBe(false);
  });

  it('verifies a real hash', async () => {
    const hash = await hashPassword('Un-Mot-De-Passe-2026!');
    await expect(verifyPassword(hash, 'Un-Mot-De-Passe-2026!')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'Un-Autre-2026!')).resolves.toBe(false);
  });
});
