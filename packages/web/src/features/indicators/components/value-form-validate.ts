import type { TFunction } from 'i18next';
import { asksMilestoneReached, numberOf, type EntryShape } from './value-entry-shape.ts';
import type { ValueFormValues } from './value-form-values.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What must be filled before sending. Whether the figures hold together
 * (a zero denominator, a numerator above it, a real date) is the server's
 * check, the same for every client, and its errors land under the same fields.
 */
function mainValueErrors(t: TFunction, shape: EntryShape, values: ValueFormValues): Record<string, string> {
  switch (shape.kind.type) {
    case 'count':
      return numberOf(values.count) === undefined ? { count: t('Saisissez un nombre.') } : {};
    case 'rate': {
      const errors: Record<string, string> = {};
      if (numberOf(values.numerator) === undefined) errors.numerator = t('Saisissez le numérateur.');
      if (numberOf(values.denominator) === undefined) errors.denominator = t('Saisissez le dénominateur.');
      return errors;
    }
    case 'boolean':
      return values.answer === '' ? { answer: t('Répondez par oui ou non.') } : {};
    case 'date':
      return ISO_DATE.test(values.date.trim()) ? {} : { date: t('Saisissez une date au format AAAA-MM-JJ.') };
    case 'milestone':
      return values.status === '' ? { status: t('Choisissez un état d’avancement.') } : {};
    case 'components': {
      const first = shape.kind.components[0];
      const filled = Object.values(values.components).some((field) => field !== '');
      return filled || !first ? {} : { [`components.${first.key}`]: t('Renseignez au moins une composante.') };
    }
  }
}

/** A Mantine `validate` function: one translated message per empty field the value needs. */
export function valueFormValidate(t: TFunction, shape: EntryShape): (values: ValueFormValues) => Record<string, string> {
  return (values) => {
    const milestoneYear = asksMilestoneReached(shape);
    // A milestone year is judged on the milestone alone: the figures may wait.
    const errors: Record<string, string> = milestoneYear ? {} : mainValueErrors(t, shape, values);
    if (milestoneYear && values.milestoneReached === '') errors.milestoneReached = t('Indiquez si le jalon est atteint.');
    if (shape.floors.length > 0 && numberOf(values.chosenTarget) === undefined) errors.chosenTarget = t('Saisissez la cible choisie.');
    return errors;
  };
}
