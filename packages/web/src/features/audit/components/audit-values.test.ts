import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatAuditValue } from './audit-values.ts';

const t = ((key: string, values?: Record<string, unknown>) =>
  key.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''))) as unknown as TFunction;

describe('formatAuditValue', () => {
  it('names codes with the interface labels', () => {
    expect(formatAuditValue(t, 'establishment.category', 'ch')).toBe('Centre hospitalier');
    expect(formatAuditValue(t, 'establishment.authorisations', ['emergency', 'had'])).toBe(
      'Structure des urgences, Hospitalisation à domicile',
    );
    expect(formatAuditValue(t, 'active', false)).toBe('Non');
  });

  it('names the organisation a parent id points at, and says when it was deleted since', () => {
    const references = { 'a972a983-0000-4000-8000-000000000001': 'GHT Est-Hérault et Sud-Aveyron' };
    expect(formatAuditValue(t, 'parentId', 'a972a983-0000-4000-8000-000000000001', references)).toBe(
      'GHT Est-Hérault et Sud-Aveyron',
    );
    expect(formatAuditValue(t, 'parentId', 'a972a983-0000-4000-8000-000000000002', references)).toBe(
      'Organisation supprimée depuis',
    );
  });

  it('writes capacities as sentences and keeps unknown codes as sent', () => {
    expect(formatAuditValue(t, 'establishment.capacities', [{ year: 2026, beds: 160, places: 35 }])).toBe(
      '2026 : 160 lits, 35 places',
    );
    expect(formatAuditValue(t, 'kind', 'galaxy')).toBe('galaxy');
    expect(formatAuditValue(t, 'name', null)).toBe('—');
  });
});
