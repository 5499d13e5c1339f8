import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const plansUpdated = (required: number) => ({ shape: 'components-count' as const, required, of: 3 });

/** CPOM_OS_17: crisis plans (PGTHSSE, PCA, PSE) updated in the year, in line with ORSAN Occitanie. */
export const cpomOs17: IndicatorDefinitionInput = {
  code: 'CPOM_OS_17',
  title:
    'Mise à jour du plan de gestion des tensions hospitalières et des situations sanitaires exceptionnelles (PGTHSSE), du plan de continuité d’activité (PCA) et du plan de sécurisation de l’établissement (PSE), en lien avec le dispositif ORSAN Occitanie',
  objective: 'Anticiper, préparer et gérer les situations sanitaires exceptionnelles',
  definition:
    'La crise du COVID-19 a montré qu’il faut des plans de crise à jour, connus et déployés dans chaque établissement ; le PRS (engagement n° 5) fait de la résilience du système de santé une priorité. ' +
    'Trois plans déclinent le dispositif ORSAN dans l’établissement : PGTHSSE, PCA et PSE. Chacun doit être actualisé régulièrement, validé par les instances, diffusé aux équipes et, le cas échéant, partagé avec l’ARS. ' +
    'L’indicateur relève, pour chaque plan, s’il a été mis à jour dans l’année et à quelle date.',
  kind: {
    type: 'components',
    components: [
      { key: 'pgthsse', label: 'PGTHSSE mis à jour', valueType: 'boolean' },
      { key: 'pca', label: 'PCA mis à jour', valueType: 'boolean' },
      { key: 'pse', label: 'PSE mis à jour', valueType: 'boolean' },
    ],
  },
  formula: 'Nombre de plans, parmi PGTHSSE, PCA et PSE, mis à jour dans l’année (date de mise à jour de chacun)',
  unit: 'plans actualisés sur 3',
  direction: 'higher-is-better',
  dataSources: ['Enquête annuelle de l’ARS', 'Plans transmis par l’établissement'],
  partners: ['Établissements de santé', 'ESRR', 'ARS : UVPCS et délégations départementales'],
  steering: 'Direction de la santé publique de l’ARS Occitanie avec l’UVPCS',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Versions mises à jour du PGTHSSE, du PCA et du PSE',
    'Preuve de leur validation par les instances de l’établissement',
  ],
  commentMustState: ['Date de mise à jour de chaque plan'],
  targets: [
    {
      scope: { categories: ['chu'], label: 'CHU' },
      years: {
        '2025': plansUpdated(3),
        '2026': plansUpdated(3),
        '2027': plansUpdated(3),
        '2028': plansUpdated(3),
        '2029': plansUpdated(3),
      },
    },
    {
      scope: {
        categories: ['ch', 'chs', 'espic', 'clinic', 'had', 'smr', 'cancer-centre', 'local-hospital', 'medico-social'],
        label: 'Autres établissements',
      },
      years: {
        '2025': plansUpdated(1),
        '2026': plansUpdated(1),
        '2027': plansUpdated(2),
        '2028': plansUpdated(2),
        '2029': plansUpdated(3),
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_O0S_17; the canonical code is CPOM_OS_17.',
    'The fiche defines the value as the update date of each plan; it is recorded as one yes/no component per plan, the dates going in the comment.',
    'CHU: 3 of 3 plans updated every year. Other establishments: 1 of 3 in 2025 and 2026, 2 of 3 in 2027 and 2028, 3 of 3 in 2029. The total column (3/3 documents updated) is the end-of-period state.',
  ],
};
