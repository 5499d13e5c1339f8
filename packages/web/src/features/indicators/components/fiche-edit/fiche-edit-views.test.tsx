import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { controlLabelled, renderStatic, textOf } from '../../../../testing/render-static.tsx';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { FicheEditConflict } from './fiche-edit-conflict.tsx';
import { FicheEditTargets } from './fiche-edit-targets.tsx';
import { formValuesFromDefinition } from './fiche-edit-values.ts';
import { VersionCompare } from '../versions/version-compare.tsx';

const definition = indicatorDefinitionSchema.parse({
  code: 'CPOM_OS_3',
  title: 'Interventions de promotion de la santé',
  objective: 'Renforcer la santé publique',
  definition: 'Interventions réalisées dans l’année.',
  kind: { type: 'count' },
  unit: 'interventions par an',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif'],
  measurement: { from: 2026, to: 2027 },
  targets: [
    {
      scope: { label: 'Plus de 500 lits' },
      years: {
        '2026': { shape: 'threshold', comparator: '>=', value: 3 },
        '2027': { shape: 'milestone', label: 'Réflexion engagée' },
      },
    },
  ],
});

const current: IndicatorDetail = {
  code: 'CPOM_OS_3',
  aliases: [],
  catalogue: { slug: 'cpom-occitanie-2025-2029', title: 'CPOM Occitanie' },
  title: 'Leur intitulé',
  objective: definition.objective,
  kind: 'count',
  unit: definition.unit,
  direction: 'higher-is-better',
  dataSources: ['Déclaratif'],
  applicability: [],
  version: 2,
  definition: { ...definition, title: 'Leur intitulé' },
  targetTable: { years: [2026, 2027], rows: [] },
  updatedAt: '2026-03-01T10:00:00Z',
  updatedBy: { id: 'u1', name: 'Sophie Garnier' },
};

describe('FicheEditTargets', () => {
  it('names every control of a cell after its row and year, and marks an incomplete cell once the user tried to save', () => {
    // A milestone whose label the user has just erased.
    const targets = formValuesFromDefinition(definition).targets.map((years) => ({
      ...years,
      '2027': { shape: 'milestone' as const, label: '' },
    }));
    const props = { base: definition, targets, error: null, onChange: () => undefined };
    const html = renderStatic(<FicheEditTargets {...props} showCellErrors={false} />);
    expect(html).toContain('aria-label="Règle — Plus de 500 lits, 2026"');
    expect(html).toMatch(/<input[^>]*aria-label="Valeur — Plus de 500 lits, 2026"[^>]*value="3"/);
    expect(html).toContain('aria-label="Libellé du jalon — Plus de 500 lits, 2027"');
    expect(textOf(html)).not.toContain('Saisissez le libellé du jalon.');
    const marked = renderStatic(
      <FicheEditTargets {...props} showCellErrors error="Certaines cibles sont incomplètes." />,
    );
    expect(textOf(marked)).toContain('Saisissez le libellé du jalon.');
    expect(textOf(marked)).toContain('Cibles à corriger Certaines cibles sont incomplètes.');
  });
});

describe('FicheEditRule in a “sans objet” cell', () => {
  it('lets the reason be edited, named after its cell', () => {
    const targets = [{ '2026': { shape: 'not-applicable' as const, reason: 'Pas de maternité' } }];
    const html = renderStatic(
      <FicheEditTargets
        base={definition}
        targets={targets}
        error={null}
        showCellErrors={false}
        onChange={() => undefined}
      />,
    );
    expect(html).toMatch(
      /<input[^>]*aria-label="Motif de « sans objet » — Plus de 500 lits, 2026"[^>]*value="Pas de maternité"/,
    );
  });
});

describe('FicheEditConflict', () => {
  it('says who saved which version, and shows their value next to the draft', () => {
    const html = renderStatic(
      <FicheEditConflict
        current={current}
        draft={definition}
        onTakeTheirs={() => undefined}
        onKeepMine={() => undefined}
      />,
    );
    const text = textOf(html);
    expect(html).toContain('role="alert"');
    expect(text).toContain('Modifiée entre-temps par Sophie Garnier (version 2)');
    expect(text).toContain('Intitulé Interventions de promotion de la santé Leur intitulé');
    expect(text).toContain('Recharger leur version dans le formulaire');
  });

  it('reads in English too', () => {
    const html = renderStatic(
      <FicheEditConflict
        current={current}
        draft={definition}
        onTakeTheirs={() => undefined}
        onKeepMine={() => undefined}
      />,
      'en',
    );
    expect(textOf(html)).toContain('Changed meanwhile by Sophie Garnier (version 2)');
  });
});

describe('VersionCompare', () => {
  const versions = [
    {
      version: 2,
      changedAt: '2026-03-01T10:00:00Z',
      changedBy: { id: 'u1', name: 'Sophie Garnier' },
      note: 'Avenant n° 1',
    },
    { version: 1, changedAt: '2026-01-01T10:00:00Z', changedBy: null, note: null },
  ];

  it('offers two labelled version lists, the latest change chosen', () => {
    const html = renderStatic(
      <VersionCompare code="CPOM_OS_3" catalogue="cpom-occitanie-2025-2029" versions={versions} />,
    );
    expect(controlLabelled(html, 'Comparer la version')).not.toBeNull();
    expect(controlLabelled(html, 'avec la version')).not.toBeNull();
    expect(html).toMatch(/<option value="1" selected="">Version 1<\/option>/);
    expect(html).toMatch(/<option value="2" selected="">Version 2<\/option>/);
  });

  it('says there is nothing to compare with one version', () => {
    const html = renderStatic(
      <VersionCompare code="CPOM_OS_3" catalogue="cpom-occitanie-2025-2029" versions={versions.slice(1)} />,
    );
    expect(textOf(html)).toContain('Une seule version : rien à comparer pour l’instant.');
    expect(html).not.toContain('<select');
  });
});
