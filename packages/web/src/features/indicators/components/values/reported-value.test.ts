import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import fr from '../../../../locales/fr.json';
import type { TargetItem } from '@jalon/contract/indicators/establishment-targets';
import { reportedLines } from './reported-value.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { fr: { translation: fr } },
  lng: 'fr',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});
const t = i18n.t.bind(i18n);

function item(overrides: Partial<TargetItem>): TargetItem {
  return {
    code: 'CPOM_OS_1',
    title: 'Indicateur',
    objective: 'Objectif',
    unit: '%',
    components: [],
    applicable: true,
    negotiated: [],
    judgement: 'met',
    explanation: '',
    targets: [],
    reported: null,
    componentJudgements: [],
    ...overrides,
  };
}

describe('reportedLines', () => {
  it('prints nothing when nothing was reported', () => {
    expect(reportedLines(t, item({}), 'fr')).toEqual([]);
  });

  it('prints a rate with a French decimal comma, its percent sign and its parts', () => {
    expect(reportedLines(t, item({ reported: { year: 2025, value: 12.4 } }), 'fr')).toEqual(['12,4\u00a0%']);
    expect(
      reportedLines(t, item({ reported: { year: 2025, value: 12.4, numerator: 31, denominator: 250 } }), 'fr'),
    ).toEqual(['12,4\u00a0% (31 / 250)']);
  });

  it('prints counts bare and yes/no in words', () => {
    expect(reportedLines(t, item({ unit: 'examens', reported: { year: 2025, value: 762 } }), 'fr')).toEqual(['762']);
    expect(reportedLines(t, item({ unit: 'oui/non', reported: { year: 2025, value: true } }), 'fr')).toEqual(['Oui']);
    expect(reportedLines(t, item({ unit: 'oui/non', reported: { year: 2025, value: false } }), 'fr')).toEqual(['Non']);
  });

  it('lists components in the fiche order with their labels', () => {
    const lines = reportedLines(
      t,
      item({
        unit: 'examens',
        reported: { year: 2025, components: { echographies: 310, mammographies: 1540 } },
        components: [
          { key: 'mammographies', label: 'Mammographies' },
          { key: 'echographies', label: 'Échographies' },
        ],
        componentJudgements: [
          { key: 'mammographies', label: 'Mammographies', judgement: 'met' },
          { key: 'echographies', label: 'Échographies', judgement: 'not-met' },
        ],
      }),
      'fr',
    );
    expect(lines).toEqual(['Mammographies : 1\u202f540', 'Échographies : 310']);
  });

  it('takes component labels from the fiche when the targets name none, and keeps two decimals', () => {
    const components = [
      { key: 'teleconsultation', label: 'Téléconsultations' },
      { key: 'telesoin', label: 'Télésoins' },
    ];
    const reported = { year: 2025, components: { telesoin: 234, teleconsultation: 11402 } };
    expect(reportedLines(t, item({ unit: 'actes', reported, components }), 'fr')).toEqual([
      'Téléconsultations : 11\u202f402',
      'Télésoins : 234',
    ]);
    expect(reportedLines(t, item({ unit: 'actes', reported }), 'fr')).toEqual([
      'telesoin : 234',
      'teleconsultation : 11\u202f402',
    ]);
    expect(
      reportedLines(t, item({ reported: { year: 2025, value: 14.58333, numerator: 7, denominator: 48 } }), 'fr'),
    ).toEqual(['14,58\u00a0% (7 / 48)']);
  });

  it('names milestone progress, dates and a chosen target', () => {
    expect(reportedLines(t, item({ unit: 'jalon', reported: { year: 2025, value: 'in-progress' } }), 'fr')).toEqual([
      'En cours',
    ]);
    expect(reportedLines(t, item({ unit: 'date', reported: { year: 2025, value: '2025-06-30' } }), 'fr')).toEqual([
      '30 juin 2025',
    ]);
    expect(reportedLines(t, item({ reported: { year: 2025, value: 6, chosenTarget: 5 } }), 'fr')).toEqual([
      '6\u00a0%',
      'Cible choisie : 5\u00a0%',
    ]);
  });
});
