import type { TFunction } from 'i18next';
import { ROLES, type Role } from '@jalon/domain/access/roles';
import {
  AUTHORISATIONS,
  CPOM_TIERS,
  ESTABLISHMENT_CATEGORIES,
  LEGAL_STATUSES,
  ORG_UNIT_KINDS,
} from '@jalon/domain/organisation/establishment';
import {
  authorisationLabel,
  categoryLabel,
  cpomTierLabel,
  legalStatusLabel,
  orgKindLabel,
  roleLabel,
} from '../../../lib/labels.ts';
import { displayValue } from './audit-diff.ts';

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function capacities(t: TFunction, value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  return value
    .map((item: { year?: unknown; beds?: unknown; places?: unknown }) =>
      t('{{year}} : {{beds}} lits, {{places}} places', { year: item.year, beds: item.beds, places: item.places }),
    )
    .join(' ; ');
}

/**
 * A snapshot value in the words of the interface: labels for codes, sentences
 * for capacities, names for the organisations it refers to by id.
 */
export function formatAuditValue(
  t: TFunction,
  field: string,
  value: unknown,
  references: Readonly<Record<string, string>> = {},
): string {
  if (value === null || value === undefined) return '—';
  if (field.endsWith('Id') && typeof value === 'string') {
    const name = references[value];
    if (name !== undefined) return name;
    if (field === 'parentId') return t('Organisation supprimée depuis');
  }
  switch (field) {
    case 'kind':
      return oneOf(ORG_UNIT_KINDS, value) ? orgKindLabel(t, value) : displayValue(value);
    case 'establishment.category':
      return oneOf(ESTABLISHMENT_CATEGORIES, value) ? categoryLabel(t, value) : displayValue(value);
    case 'establishment.legalStatus':
      return oneOf(LEGAL_STATUSES, value) ? legalStatusLabel(t, value) : displayValue(value);
    case 'establishment.cpomTier':
      return oneOf(CPOM_TIERS, value) ? cpomTierLabel(t, value) : displayValue(value);
    case 'establishment.authorisations':
      return Array.isArray(value) && value.length > 0
        ? value.map((item) => (oneOf(AUTHORISATIONS, item) ? authorisationLabel(t, item) : String(item))).join(', ')
        : '—';
    case 'establishment.capacities':
      return (Array.isArray(value) && value.length > 0 && capacities(t, value)) || '—';
    case 'role':
      return oneOf<Role>(ROLES, value) ? roleLabel(t, value) : displayValue(value);
    case 'active':
      return value === true ? t('Oui') : value === false ? t('Non') : displayValue(value);
    case 'locale':
      return value === 'fr' ? t('Français') : value === 'en' ? t('Anglais') : displayValue(value);
    default:
      return displayValue(value);
  }
}
