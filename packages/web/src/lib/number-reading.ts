import type { TFunction } from 'i18next';
import type { NumberReadingProblem } from '@jalon/domain/indicators/french-number';

/** Why a typed number was refused, in words the person can act on. */
export function numberProblemMessage(t: TFunction, problem: NumberReadingProblem | 'NOT_AN_INTEGER'): string {
  switch (problem) {
    case 'EMPTY':
      return t('Saisissez un nombre.');
    case 'NOT_A_NUMBER':
      return t('Saisissez un nombre : des chiffres, une virgule pour les décimales.');
    case 'SEVERAL_DECIMAL_SEPARATORS':
      return t('Un nombre n’a qu’une virgule décimale.');
    case 'MISPLACED_GROUP':
      return t('Groupez les milliers par trois chiffres, avant la virgule (1 234,5).');
    case 'INCOMPLETE':
      return t('Nombre incomplet : il manque des chiffres autour de la virgule ou du signe.');
    case 'NEGATIVE_NOT_ALLOWED':
      return t('Cette valeur ne peut pas être négative.');
    case 'NOT_AN_INTEGER':
      return t('Saisissez un nombre entier, sans virgule.');
  }
}

/** A number as the person would write it back: "2,5" in French, "2.5" in English, every digit kept. */
export function numberText(value: number | null | undefined, locale: string): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale.startsWith('en') ? 'en-GB' : 'fr-FR', {
    maximumFractionDigits: 20,
    useGrouping: false,
  }).format(value);
}
