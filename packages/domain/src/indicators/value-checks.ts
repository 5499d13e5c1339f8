import type { IndicatorDefinition, IndicatorKind } from './indicator-definition.ts';
import type { IndicatorValue } from './indicator-value.ts';
import { formatNumber } from './french-format.ts';
import { clean, compare } from './numbers.ts';

/** One problem in a reported value, with the path of the field at fault. */
export interface FieldError {
  path: string[];
  code: string;
  /** French, shown to the person entering the value. */
  message: string;
}

const MILESTONE_STATUS_SET: ReadonlySet<string> = new Set(['not-started', 'in-progress', 'reached']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Rounded percentages are fine; anything further off means numerator or denominator is wrong. */
const RATE_TOLERANCE = 0.5;
/** A ratio is typed with one decimal (5,5 meetings per period): half of that decimal, in the ratio's scale. */
const RATIO_TOLERANCE = 0.05;

type RateKind = Extract<IndicatorKind, { type: 'rate' }>;

/** Whether the rate is a part of a whole, bounded by its denominator and its scale (the default). */
export function isShare(kind: RateKind): boolean {
  return kind.share !== false;
}

type Add = (path: string[], code: string, message: string) => void;

/** Every inconsistency between a structurally valid value and the indicator's kind. */
export function checkValueAgainstKind(indicator: IndicatorDefinition, v: IndicatorValue): FieldError[] {
  const errors: FieldError[] = [];
  const add: Add = (path, code, message) => errors.push({ path, code, message });
  if (v.value !== undefined && v.value !== null) checkMainValue(indicator, v.value, v.year, add);
  checkRateFields(indicator.kind, v, add);
  checkComponents(indicator.kind, v.components, add);
  checkMilestoneConsistency(v, add);
  if (v.chosenTarget !== undefined) checkChosenTarget(indicator, v.chosenTarget, v.year, add);
  return errors;
}

/** The typed value, with a rate computed from numerator and denominator when both are given. */
export function deriveRate(indicator: IndicatorDefinition, v: IndicatorValue): IndicatorValue {
  if (indicator.kind.type !== 'rate') return v;
  if (v.numerator === undefined || v.denominator === undefined || v.denominator === 0) return v;
  return { ...v, value: clean((v.numerator / v.denominator) * indicator.kind.scale) };
}

function hasMilestoneRule(indicator: IndicatorDefinition, year: number): boolean {
  const key = String(year);
  return indicator.targets.some((row) => row.years[key]?.shape === 'milestone');
}

function checkMainValue(
  indicator: IndicatorDefinition,
  value: number | boolean | string,
  year: number,
  add: Add,
): void {
  const kind = indicator.kind;
  // A count indicator may have a milestone year (e.g. "identify partners" before counting projects).
  if (typeof value === 'string' && MILESTONE_STATUS_SET.has(value)) {
    if (kind.type === 'milestone' || hasMilestoneRule(indicator, year)) return;
  }
  const path = ['value'];
  switch (kind.type) {
    case 'count':
    case 'components':
      checkCount(value, path, add);
      return;
    case 'rate':
      if (typeof value !== 'number') return notANumber(value, path, add);
      checkRateBounds(kind, value, path, add);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') add(path, 'NOT_BOOLEAN', 'Répondre par oui ou non');
      return;
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) {
        add(path, 'INVALID_DATE', 'Saisir une date réelle au format AAAA-MM-JJ');
      }
      return;
    case 'milestone':
      if (typeof value !== 'boolean') {
        add(path, 'INVALID_MILESTONE_STATUS', 'Indiquer si le jalon est atteint, en cours ou non commencé');
      }
      return;
  }
}

/** Adds the error and says so when the value lies outside what the rate allows. */
function checkRateBounds(kind: RateKind, value: number, path: string[], add: Add): boolean {
  if (!isShare(kind)) {
    if (value >= 0) return false;
    add(path, 'NEGATIVE_RATIO', 'Un ratio ne peut pas être négatif');
    return true;
  }
  if (value >= 0 && value <= kind.scale) return false;
  add(path, 'RATE_OUT_OF_RANGE', `Un taux doit être compris entre 0 et ${formatNumber(kind.scale)}`);
  return true;
}

function notANumber(value: number | boolean | string, path: string[], add: Add): void {
  if (typeof value === 'string') add(path, 'TEXT_NOT_NUMBER', `Saisir un nombre, pas du texte (« ${value} »)`);
  else add(path, 'INVALID_TYPE', 'Saisir un nombre');
}

function checkCount(value: number | boolean | string, path: string[], add: Add): void {
  if (typeof value !== 'number') return notANumber(value, path, add);
  if (value < 0) add(path, 'NEGATIVE_COUNT', 'Un nombre ne peut pas être négatif');
  else if (!Number.isInteger(value)) add(path, 'NOT_INTEGER', 'Un nombre doit être entier');
}

function checkRateFields(kind: IndicatorKind, v: IndicatorValue, add: Add): void {
  const { numerator, denominator } = v;
  if (kind.type !== 'rate') {
    if (numerator !== undefined) add(['numerator'], 'UNEXPECTED_FIELD', 'Un numérateur ne se saisit que pour un taux');
    if (denominator !== undefined)
      add(['denominator'], 'UNEXPECTED_FIELD', 'Un dénominateur ne se saisit que pour un taux');
    return;
  }
  if (numerator !== undefined) checkCount(numerator, ['numerator'], add);
  if (denominator !== undefined) checkCount(denominator, ['denominator'], add);
  if ((numerator === undefined) !== (denominator === undefined)) {
    const missing = numerator === undefined ? 'numerator' : 'denominator';
    add([missing], 'INCOMPLETE_RATE', 'Saisir à la fois le numérateur et le dénominateur');
    return;
  }
  if (numerator === undefined || denominator === undefined) return;
  if (denominator === 0) {
    add(['denominator'], 'ZERO_DENOMINATOR', 'Le dénominateur ne peut pas être nul');
    return;
  }
  // Meetings per tension period may well outnumber the periods; a share of a whole may not.
  if (isShare(kind) && numerator > denominator) {
    add(['numerator'], 'NUMERATOR_ABOVE_DENOMINATOR', 'Le numérateur ne peut pas dépasser le dénominateur');
    return;
  }
  const derived = (numerator / denominator) * kind.scale;
  const tolerance = isShare(kind) ? RATE_TOLERANCE : RATIO_TOLERANCE * kind.scale;
  if (typeof v.value === 'number' && Math.abs(v.value - derived) > tolerance) {
    add(['value'], 'RATE_MISMATCH', `Le taux saisi ne correspond pas au calcul (${formatNumber(clean(derived))})`);
  }
}

function checkComponents(kind: IndicatorKind, components: IndicatorValue['components'], add: Add): void {
  if (components === undefined) return;
  if (kind.type !== 'components') {
    add(['components'], 'UNEXPECTED_FIELD', 'Cet indicateur n’a pas de composantes');
    return;
  }
  const types = new Map(kind.components.map((c) => [c.key, c.valueType]));
  for (const [key, value] of Object.entries(components)) {
    const path = ['components', key];
    const valueType = types.get(key);
    if (valueType === undefined) {
      add(path, 'UNKNOWN_COMPONENT', `Composante inconnue : ${key}`);
    } else if (value === null) {
      continue;
    } else if (valueType === 'boolean') {
      if (typeof value !== 'boolean') add(path, 'NOT_BOOLEAN', 'Répondre par oui ou non');
    } else if (valueType === 'count') {
      checkCount(value, path, add);
    } else if (typeof value !== 'number') {
      add(path, 'INVALID_TYPE', 'Saisir un nombre');
    } else if (value < 0 || value > 100) {
      add(path, 'RATE_OUT_OF_RANGE', 'Un taux doit être compris entre 0 et 100');
    }
  }
}

function checkMilestoneConsistency(v: IndicatorValue, add: Add): void {
  if (v.milestoneReached === undefined || v.value === undefined || v.value === null) return;
  const saysReached = v.value === 'reached' || v.value === true;
  const saysNotReached = v.value === 'in-progress' || v.value === 'not-started' || v.value === false;
  if ((v.milestoneReached && saysNotReached) || (!v.milestoneReached && saysReached)) {
    add(['milestoneReached'], 'MILESTONE_CONFLICT', 'L’atteinte du jalon contredit le statut déclaré');
  }
}

function checkChosenTarget(indicator: IndicatorDefinition, chosen: number, year: number, add: Add): void {
  const path = ['chosenTarget'];
  const kind = indicator.kind;
  if (kind.type === 'rate') {
    if (checkRateBounds(kind, chosen, path, add)) return;
  } else if (chosen < 0) {
    add(path, 'NEGATIVE_COUNT', 'Une cible ne peut pas être négative');
    return;
  }
  for (const row of indicator.targets) {
    const rule = row.years[String(year)];
    if (rule?.shape !== 'chosen-within-floor' || compare(chosen, rule.comparator, rule.floor)) continue;
    add(
      path,
      'CHOSEN_BELOW_FLOOR',
      `La cible choisie doit respecter le plancher de la fiche (${formatNumber(rule.floor)})`,
    );
    return;
  }
}

function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}
