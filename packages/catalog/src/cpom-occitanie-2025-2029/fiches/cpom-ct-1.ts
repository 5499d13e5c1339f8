import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const NO_TARGET_FOR_CHU = 'Pas de cible pour ce CHU dans la fiche';
const NIMES_FROM_2027 = 'Participation non attendue avant 2027';
const DEADLINE_2028 = 'Signature attendue au plus tard fin 2028 : pas de cible annuelle avant cette échéance';

/** CPOM_CT_1: joining the legal entity that carries a shared medical imaging platform (PIMM). */
export const cpomCt1: IndicatorDefinitionInput = {
  code: 'CPOM_CT_1',
  aliases: ['CPOM_CT_01'],
  title:
    'Participation de l’établissement à une entité juridique de coopération support d’un plateau d’imagerie médicale mutualisé (PIMM)',
  objective:
    'Optimiser l’usage des ressources médicales et techniques par des partenariats entre établissements et favoriser le partage des équipements',
  definition:
    'Le vieillissement des radiologues et le manque de manipulateurs en électroradiologie menacent l’offre d’imagerie, surtout dans les territoires ruraux (Lot, Lozère, Gers, Aveyron). ' +
    'Les plateaux d’imagerie médicale mutualisés (article L.6122-15 du code de la santé publique) rassemblent acteurs publics et privés pour maintenir le maillage, partager la permanence des soins et assurer la téléradiologie. ' +
    'L’indicateur vaut oui lorsque l’établissement a signé la convention fondatrice de l’entité juridique qui porte le PIMM (par exemple la convention constitutive d’un GCS).',
  kind: { type: 'boolean' },
  formula:
    'Oui si l’établissement est signataire de la convention fondatrice de l’entité juridique support du PIMM, non sinon',
  unit: 'oui/non',
  direction: 'higher-is-better',
  dataSources: [
    'Convention constitutive de l’entité juridique support du PIMM',
    'Dossier de demande d’autorisation déposé auprès de l’ARS',
    'Rapport annuel d’activité du PIMM',
  ],
  partners: ['Établissements de santé et radiologues libéraux qui souhaitent contribuer au PIMM'],
  steering:
    'ARS Occitanie, direction de l’offre de soins et de l’autonomie (DOSA), avec les référents établissements des délégations départementales',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  applicability: [{ type: 'legal-statuses', include: ['public'] }],
  proofElements: [
    'Convention fondatrice de l’entité juridique porteuse du PIMM, signée par l’établissement',
    'Pour une extension de PIMM : convention constitutive et règlement intérieur révisés',
    'Rapport annuel d’activité du PIMM',
  ],
  commentMustState: ['Nom du PIMM et de l’entité juridique qui le porte'],
  targets: [
    {
      // FINESS EJ of the CHU de Toulouse and the CHU de Montpellier.
      scope: { finess: ['310781406', '340780477'], label: 'CHU de Toulouse (31) et de Montpellier (34)' },
      years: {
        '2025': { shape: 'not-applicable', reason: NO_TARGET_FOR_CHU },
        '2026': { shape: 'not-applicable', reason: NO_TARGET_FOR_CHU },
        '2027': { shape: 'not-applicable', reason: NO_TARGET_FOR_CHU },
        '2028': { shape: 'not-applicable', reason: NO_TARGET_FOR_CHU },
        '2029': { shape: 'not-applicable', reason: NO_TARGET_FOR_CHU },
      },
    },
    {
      // FINESS EJ of the CHU de Nîmes.
      scope: { finess: ['300780038'], label: 'CHU de Nîmes (30)' },
      years: {
        '2025': { shape: 'not-applicable', reason: NIMES_FROM_2027 },
        '2026': { shape: 'not-applicable', reason: NIMES_FROM_2027 },
        '2027': { shape: 'boolean', expected: true },
        '2028': { shape: 'boolean', expected: true },
        '2029': { shape: 'boolean', expected: true },
      },
    },
    {
      scope: {
        categories: ['ch'],
        label: 'Centres hospitaliers (objectif général pour l’ensemble des CH)',
      },
      years: {
        '2025': { shape: 'not-applicable', reason: DEADLINE_2028 },
        '2026': { shape: 'not-applicable', reason: DEADLINE_2028 },
        '2027': { shape: 'not-applicable', reason: DEADLINE_2028 },
        '2028': { shape: 'boolean', expected: true },
        '2029': { shape: 'boolean', expected: true },
      },
    },
  ],
  sourceNotes: [
    'The over-500-beds row of the seed names CHUs by department: CHU 31 and 34 (Toulouse, Montpellier) "sans objet" every year; CHU 30 (Nîmes) "non" in 2025-2026 and "oui" from 2027. Both rows name the CHUs by their FINESS EJ (Toulouse 310781406, Montpellier 340780477, Nîmes 300780038); the "non" of Nîmes before 2027 means no participation is expected yet, encoded as no target.',
    'Occitanie has no other CHU; a CHU the fiche does not name gets no row, hence no target.',
    'The two smaller tiers read "objectif général : atteinte de l’objectif pour l’ensemble des CH au plus tard fin 2028"; encoded as "oui" expected in 2028 and 2029 and no yearly target before, for every CH (category ch; specialised psychiatric hospitals and local hospitals usually hold no heavy imaging and get no row) whatever its size (including CHs over 500 beds, which the table does not mention).',
    'The fiche says the indicator mostly concerns public establishments and that private ones work with radiologist groups outside the CPOM; applicability restricted to public establishments.',
  ],
};
