import { describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber, formatTime } from './format.ts';

describe('format', () => {
  it('shows times in Paris time, 24-hour clock in both languages', () => {
    expect(formatTime('2026-01-15T09:15:00Z', 'fr')).toBe('10:15');
    expect(formatTime('2026-07-15T09:15:00Z', 'en')).toBe('11:15');
  });

  it('shows a dash for a missing date', () => {
    expect(formatDateTime(null, 'fr')).toBe('—');
    expect(formatDateTime('2026-01-15T09:15:00Z', 'fr')).toBe('15/01/2026 10:15');
  });

  it('groups thousands the French way', () => {
    expect(formatNumber(1250, 'fr')).toMatch(/^1\s250$/u);
    expect(formatNumber(1250, 'en')).toBe('1,250');
  });
});
