import { describe, expect, it } from 'vitest';
import { indicatorDefinitionSchema } from '@jalon/domain/indicators/indicator-definition';
import { renderStatic, textOf } from '../../../../testing/render-static.tsx';
import type { EstablishmentTargets } from '@jalon/contract/indicators/establishment-targets';
import type { IndicatorDetail } from '@jalon/contract/indicators/fiche';
import { EstablishmentTargetsView } from '../targets/establishment-targets-view.tsx';
import { FicheTargetTable } from '../fiche/fiche-target-table.tsx';
import { IndicatorFiche } from '../fiche/indicator-fiche.tsx';
import { JudgementSummary } from '../targets/judgement-summary.tsx';

const definition = indicatorDefinitionSchema.parse({
  code: 'CPOM_OS_3',
  title: 'Taux de patients adressés',
  objective: 'Fluidifier les parcours',
  definition: 'Part des patients adressés par leur médecin traitant.',
  kind: { type: 'rate', numerator: 'Patients adressés', denominator: 'Patients admis' },
  unit: '%',
  direction: 'higher-is-better',
  dataSources: ['PMSI'],
  measurement: { from: 2025, to: 2029 },
  baselineYear: 2024,
  proofElements: ['Extraction PMSI'],
  commentMustState: ['Le nombre de médecins adresseurs'],
  targets: [
    { scope: { label: 'Tous établissements' }, years: { '2025': { shape: 'threshold', comparator: '>=', value: 10 } } },
  ],
  sourceNotes: ['Seuil relu sur le tableau de la fiche.'],
});

const indicator: IndicatorDetail = {
  code: 'CPOM_OS_3',
  aliases: ['CPOM_OS_03'],
  catalogue: { slug: 'cpom-occitanie-2025-2029', title: 'CPOM Occitanie' },
  title: definition.title,
  objective: definition.objective,
  kind: 'rate',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: ['PMSI'],
  applicability: ['Réservé aux membres d’un GHT'],
  version: 1,
  definition,
  targetTable: {
    years: [2025, 2026],
    rows: [
      { scope: 'CH > 500 lits', component: null, cells: ['≥ 10 %', null] },
      {
        scope: 'CHU et CH',
        component: { key: 'mammographies', label: 'Mammographies' },
        cells: ['+3 % / cible N-1', '+5 % / cible N-1'],
      },
    ],
  },
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: null,
};

describe('FicheTargetTable', () => {
  it('is a real table: caption, years as column headers, scopes as row headers, a dash where nothing is set', () => {
    const html = renderStatic(<FicheTargetTable table={indicator.targetTable} />);
    expect(html).toContain('<caption');
    expect(textOf(html)).toContain('Cibles par catégorie et par année');
    expect(html).toMatch(/<th[^>]*scope="col"[^>]*>2026<\/th>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>CH &gt; 500 lits<\/th>/);
    expect(textOf(html)).toContain('CH &gt; 500 lits ≥ 10 % —');
    expect(textOf(html)).toContain('CHU et CH Mammographies +3 % / cible N-1 +5 % / cible N-1');
  });
});

describe('IndicatorFiche', () => {
  it('reads like the fiche: objective, definition, numerator and denominator, facts, proofs, targets', () => {
    const text = textOf(renderStatic(<IndicatorFiche indicator={indicator} />));
    for (const expected of [
      'Objectif stratégique Fluidifier les parcours',
      'Numérateur : Patients adressés',
      'Dénominateur : Patients admis',
      'Sens Plus élevé = mieux',
      'Période de mesure 2025 à 2029',
      'Année de référence 2024',
      'Applicabilité Réservé aux membres d’un GHT',
      'Éléments de preuve Extraction PMSI',
      'Le commentaire doit préciser Le nombre de médecins adresseurs',
      'Notes de reconstitution Afficher les notes (1)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('Définition')).toBeLessThan(text.indexOf('Cibles par catégorie et par année'));
  });

  it('speaks English when the user does', () => {
    const text = textOf(renderStatic(<IndicatorFiche indicator={indicator} />, 'en'));
    expect(text).toContain('Direction Higher is better');
    expect(text).toContain('Targets by category and year');
  });
});

const summary: EstablishmentTargets['summary'] = { met: 12, partlyMet: 3, notMet: 2, notApplicable: 8, pending: 5 };

describe('JudgementSummary', () => {
  it('says every count in words and hides the bar from screen readers', () => {
    const html = renderStatic(<JudgementSummary summary={summary} year={2025} />);
    const text = textOf(html);
    expect(text).toContain('Indicateurs du CPOM en 2025 : 30.');
    for (const expected of [
      'Atteint : 12',
      'Partiellement atteint : 3',
      'Non atteint : 2',
      'Sans objet : 8',
      'En attente : 5',
    ]) {
      expect(text).toContain(expected);
    }
    expect(html).toMatch(/<div[^>]*aria-hidden="true"[^>]*>.*role="progressbar"/);
  });
});

describe('EstablishmentTargetsView', () => {
  it('says so when no CPOM covers the establishment, after its facts', () => {
    const targets: EstablishmentTargets = {
      establishment: { id: 'e1', name: 'CHU de Rouen', finess: '760780239', category: 'chu', tier: null },
      catalogue: null,
      year: 2026,
      summary: { met: 0, partlyMet: 0, notMet: 0, notApplicable: 0, pending: 0 },
      items: [],
    };
    const text = textOf(renderStatic(<EstablishmentTargetsView targets={targets} onYearChange={() => {}} />));
    expect(text).toContain('FINESS 760780239');
    expect(text).toContain('Tranche CPOM 2026 Non déterminée : capacité de l’année non renseignée');
    expect(text).toContain('Aucun CPOM n’est rattaché à la région de cet établissement');
  });
});
