import { describe, expect, it } from 'vitest';
import { createTestI18n, renderStatic, textOf } from '../../../testing/render-static.tsx';
import type { OrgUnitView } from '@jalon/contract/org-units/org-unit';
import { ConflictAlert } from './conflict-alert.tsx';
import { deleteDialogTexts } from './delete-org-unit-button.tsx';
import { formValuesFromUnit } from './org-unit-form-values.ts';
import { OrgUnitDetails } from './org-unit-details.tsx';

const unit: OrgUnitView = {
  id: 'e1',
  kind: 'establishment',
  parentId: 'g1',
  name: 'Centre hospitalier de Millau',
  shortName: 'CH de Millau',
  finess: '120780184',
  path: [],
  childCount: 2,
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  establishment: {
    category: 'ch',
    legalStatus: 'public',
    department: '12',
    capacities: [
      { year: 2025, beds: 162, places: 32 },
      { year: 2026, beds: 160, places: 35 },
    ],
    authorisations: ['emergency', 'maternity'],
    cpomTier: '100-499',
    associatedGhts: [],
  },
};

describe('OrgUnitDetails', () => {
  it('shows the establishment attributes in French words, newest capacity first', () => {
    const html = renderStatic(<OrgUnitDetails unit={unit} />);
    const text = textOf(html);
    expect(text).toContain('Centre hospitalier');
    expect(text).toContain(`Tranche CPOM ${new Date().getFullYear()} De 100 à 499 lits et places`);
    expect(text).toContain('Structure des urgences');
    expect(text).toContain('Capacités autorisées par année (lits et places)');
    expect(text.indexOf('2026 160 35')).toBeGreaterThan(-1);
    expect(text.indexOf('2026 160 35')).toBeLessThan(text.indexOf('2025 162 32'));
    expect(html).toMatch(/<th[^>]*scope="row"/);
  });
});

describe('ConflictAlert', () => {
  it('puts what the user typed next to the version saved meanwhile', () => {
    const values = { ...formValuesFromUnit(unit), name: 'CH Millau (ma saisie)' };
    const current = { ...unit, version: 5, name: 'CH Millau (leur version)' };
    const text = textOf(renderStatic(<ConflictAlert current={current} values={values} onReload={() => {}} />));
    expect(text).toContain('Modifié entre-temps par quelqu’un d’autre');
    expect(text).toContain('Nom CH Millau (ma saisie) CH Millau (leur version)');
    expect(text).not.toContain('Département');
    expect(text).toContain('Recharger la version enregistrée');
  });
});

describe('deleteDialogTexts', () => {
  it('offers no confirmation for a unit that still has children, and counts them in words', () => {
    const { t } = createTestI18n('fr');
    expect(deleteDialogTexts(t, { name: 'Pôle urgences', childCount: 1 })).toEqual({
      blocked: true,
      title: 'Cette organisation ne peut pas encore être supprimée',
      message: '« Pôle urgences » contient une sous-organisation : déplacez-la ou supprimez-la d’abord.',
    });
    expect(deleteDialogTexts(t, { name: 'GHT', childCount: 5 }).message).toBe(
      '« GHT » contient 5 sous-organisations : déplacez-les ou supprimez-les d’abord.',
    );
    expect(deleteDialogTexts(createTestI18n('en').t, { name: 'GHT', childCount: 1 }).message).toBe(
      '“GHT” contains one sub-unit: move or delete it first.',
    );
  });

  it('asks for confirmation for a leaf', () => {
    const { t } = createTestI18n('fr');
    expect(deleteDialogTexts(t, { name: 'Pôle urgences', childCount: 0 })).toMatchObject({
      blocked: false,
      title: 'Supprimer cette organisation ?',
    });
  });
});
