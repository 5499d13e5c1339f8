import type { IndicatorValue, MilestoneStatus } from '@jalon/domain/indicators/indicator-value';
import type { IndicatorValueBody } from '../../api/put-indicator-value.ts';
import { numberText } from '../../../../lib/number-reading.ts';
import { asksMilestoneReached, numberOf, type EntryShape } from './value-entry-shape.ts';

/** A number field holds the text as typed ("2,5"), read only when sent: what is saved is what was shown. */
type NumberField = string;
type YesNo = '' | 'yes' | 'no';

/**
 * The entry form, one field per input whatever the kind: only those the kind
 * uses are shown and sent. Component fields are keyed by component key, so a
 * server error on `components.<key>` lands under its input as it is.
 */
export interface ValueFormValues {
  count: NumberField;
  numerator: NumberField;
  denominator: NumberField;
  answer: YesNo;
  date: string;
  status: '' | MilestoneStatus;
  components: Record<string, NumberField>;
  milestoneReached: YesNo;
  chosenTarget: NumberField;
  comment: string;
}

const STATUSES: ReadonlySet<string> = new Set(['not-started', 'in-progress', 'reached']);

function yesNo(value: unknown): YesNo {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return '';
}

function componentFields(shape: EntryShape, reported: IndicatorValue['components']): Record<string, NumberField> {
  if (shape.kind.type !== 'components') return {};
  const fields: Record<string, NumberField> = {};
  for (const component of shape.kind.components) {
    const value = reported?.[component.key];
    if (component.valueType === 'boolean') fields[component.key] = yesNo(value);
    else fields[component.key] = numberText(typeof value === 'number' ? value : undefined, 'fr');
  }
  return fields;
}

/** Reached or not, from the flag or else from a status declared as the value ("in-progress" leaves the choice open). */
function milestoneAnswer(reported: IndicatorValue | null): YesNo {
  if (reported?.milestoneReached !== undefined) return yesNo(reported.milestoneReached);
  if (reported?.value === 'reached') return 'yes';
  if (reported?.value === 'not-started') return 'no';
  return '';
}

/** The form filled with a reported value, or empty when the year has none yet. */
export function formValuesFrom(shape: EntryShape, reported: IndicatorValue | null): ValueFormValues {
  const value = reported?.value;
  return {
    count: typeof value === 'number' && shape.kind.type === 'count' ? numberText(value, 'fr') : '',
    numerator: numberText(reported?.numerator, 'fr'),
    denominator: numberText(reported?.denominator, 'fr'),
    answer: yesNo(value),
    date: typeof value === 'string' && !STATUSES.has(value) ? value : '',
    status: typeof value === 'string' && STATUSES.has(value) ? (value as MilestoneStatus) : '',
    components: componentFields(shape, reported?.components),
    milestoneReached: milestoneAnswer(reported),
    chosenTarget: numberText(reported?.chosenTarget, 'fr'),
    comment: reported?.comment ?? '',
  };
}

function mainValue(shape: EntryShape, values: ValueFormValues): IndicatorValueBody {
  switch (shape.kind.type) {
    case 'count': {
      const count = numberOf(values.count);
      return count === undefined ? {} : { value: count };
    }
    case 'rate': {
      const numerator = numberOf(values.numerator);
      const denominator = numberOf(values.denominator);
      return {
        ...(numerator === undefined ? {} : { numerator }),
        ...(denominator === undefined ? {} : { denominator }),
      };
    }
    case 'boolean':
      return values.answer === '' ? {} : { value: values.answer === 'yes' };
    case 'date':
      return values.date.trim() === '' ? {} : { value: values.date.trim() };
    case 'milestone':
      return values.status === '' ? {} : { value: values.status };
    case 'components':
      return { components: componentsBody(shape, values) };
  }
}

function componentsBody(shape: EntryShape, values: ValueFormValues): Record<string, number | boolean> {
  const body: Record<string, number | boolean> = {};
  if (shape.kind.type !== 'components') return body;
  for (const component of shape.kind.components) {
    const field = values.components[component.key];
    if (component.valueType === 'boolean') {
      if (field === 'yes' || field === 'no') body[component.key] = field === 'yes';
      continue;
    }
    const number = numberOf(field);
    if (number !== undefined) body[component.key] = number;
  }
  return body;
}

/**
 * What is sent: the fields the kind uses, nothing left empty. The whole value
 * is replaced on save, so a field cleared in the form is cleared on the server.
 */
export function formValuesToBody(shape: EntryShape, values: ValueFormValues): IndicatorValueBody {
  const body: IndicatorValueBody = mainValue(shape, values);
  if (asksMilestoneReached(shape) && values.milestoneReached !== '')
    body.milestoneReached = values.milestoneReached === 'yes';
  const chosen = shape.floors.length > 0 ? numberOf(values.chosenTarget) : undefined;
  if (chosen !== undefined) body.chosenTarget = chosen;
  const comment = values.comment.trim();
  if (comment !== '') body.comment = comment;
  return body;
}

/**
 * The form field a server error path points to, or null when no field shows it
 * (a rate's derived value, the year): such errors go in an alert above the form.
 */
export function formFieldOf(shape: EntryShape, path: string): string | null {
  const [head = '', key] = path.split('.');
  switch (head) {
    case 'numerator':
    case 'denominator':
      return shape.kind.type === 'rate' ? head : null;
    case 'components':
      return shape.kind.type === 'components' && shape.kind.components.some((c) => c.key === key)
        ? `components.${key}`
        : null;
    case 'chosenTarget':
      return shape.floors.length > 0 ? 'chosenTarget' : null;
    case 'comment':
      return 'comment';
    case 'milestoneReached':
      return asksMilestoneReached(shape) ? 'milestoneReached' : shape.kind.type === 'milestone' ? 'status' : null;
    case 'value':
      return mainField(shape);
    default:
      return null;
  }
}

/**
 * Spreads an answer's field errors over the form: messages by form field, and
 * those no field shows, in the order the server listed them.
 */
export function placeValueErrors(
  shape: EntryShape,
  errors: readonly { path: string; code: string; message: string }[],
  messageOf: (error: { code: string; message: string }) => string,
): { fields: Record<string, string>; others: string[] } {
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const error of errors) {
    const field = formFieldOf(shape, error.path);
    if (field === null) others.push(messageOf(error));
    else fields[field] ??= messageOf(error);
  }
  return { fields, others };
}

function mainField(shape: EntryShape): string | null {
  switch (shape.kind.type) {
    case 'count':
      return 'count';
    case 'boolean':
      return 'answer';
    case 'date':
      return 'date';
    case 'milestone':
      return 'status';
    case 'rate':
    case 'components':
      return null;
  }
}
