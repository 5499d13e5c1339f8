import { describe, expect, it } from 'vitest';
import { fastifyTrustProxy, parseTrustProxy, readConfig } from './config.ts';

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
  });

  it('reads 1 as one hop, not as "trust every X-Forwarded-For"', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
  });

  it('reads a list of addresses and CIDR ranges', () => {
    expect(parseTrustProxy('10.0.0.5, 192.168.0.0/16,::1')).toEqual(['10.0.0.5', '192.168.0.0/16', '::1']);
  });

  it('refuses "true" and anything that is not an address', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustProxy('proxy.local')).toThrow(/proxy\.local/);
  });
});

describe('the trust-proxy option given to Fastify', () => {
  it('trusts exactly the given number of hops', () => {
    const trust = fastifyTrustProxy(1) as (address: string, hop: number) => boolean;
    expect(trust('10.0.0.1', 0)).toBe(true);
    expect(trust('6.6.6.6', 1)).toBe(false);
  });

  it('passes lists and "no proxy" through', () => {
    expect(fastifyTrustProxy(['10.0.0.5'])).toEqual(['10.0.0.5']);
    expect(fastifyTrustProxy(false)).toBe(false);
  });
});
