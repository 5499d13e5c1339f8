import type { TFunction } from 'i18next';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';

// A no-break space keeps "12,4 %" on one line, as French typography asks.
const NBSP = '\u00a0';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Two decimals at most, as the fiches and the judgements' explanations print them. */
function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(value);
}

function isPercent(unit: string): boolean {
  return unit.includes('%');
}

function scalar(t: TFunction, value: number | boolean | null, unit: string, locale: string): string {
  if (value === null) return t('Non renseigné');
  if (typeof value === 'boolean') return value ? t('Oui') : t('Non');
  return isPercent(unit) ? `${formatNumber(value, locale)}${NBSP}%` : formatNumber(value, locale);
}

function textValue(t: TFunction, value: string, locale: string): string {
  switch (value) {
    case 'not-started':
      return t('Non commencé');
    case 'in-progress':
      return t('En cours');
    case 'reached':
      return t('Réalisé');
  }
  if (ISO_DATE.test(value)) {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  return value;
}

/** Labels of the item's components, in the order the fiche lists them. */
function componentLabels(item: TargetItem): Map<string, string> {
  return new Map(item.components.map((component) => [component.key, component.label]));
}

function mainValue(t: TFunction, reported: IndicatorValue, unit: string, locale: string): string | null {
  const { value, numerator, denominator } = reported;
  const ratio =
    numerator !== undefined && denominator !== undefined
      ? ` (${formatNumber(numerator, locale)} / ${formatNumber(denominator, locale)})`
      : '';
  if (typeof value === 'string') return textValue(t, value, locale);
  if (value !== undefined && value !== null) return scalar(t, value, unit, locale) + ratio;
  if (ratio) return ratio.trim().slice(1, -1);
  return null;
}

/**
 * What an establishment reported, in French words, one line per component:
 * "12,4 %", "762", "Oui", "Mammographies : 762". Empty when nothing was reported.
 */
export function reportedLines(t: TFunction, item: TargetItem, locale: string): string[] {
  const reported = item.reported;
  if (!reported) return [];
  const lines: string[] = [];
  const main = mainValue(t, reported, item.unit, locale);
  if (main !== null) lines.push(main);
  if (reported.components) {
    const labels = componentLabels(item);
    const keys = [...labels.keys(), ...Object.keys(reported.components).filter((key) => !labels.has(key))];
    for (const key of keys) {
      if (!(key in reported.components)) continue;
      const value = reported.components[key] ?? null;
      lines.push(`${labels.get(key) ?? key} : ${scalar(t, value, item.unit, locale)}`);
    }
  }
  if (reported.milestoneReached !== undefined)
    lines.push(reported.milestoneReached ? t('Jalon atteint') : t('Jalon non atteint'));
  if (reported.chosenTarget !== undefined) {
    lines.push(t('Cible choisie : {{value}}', { value: scalar(t, reported.chosenTarget, item.unit, locale) }));
  }
  return lines;
}
