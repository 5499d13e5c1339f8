import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

/** CPOM_OS_8: share of establishment-project actions co-built with users. */
export const cpomOs8: IndicatorDefinitionInput = {
  code: 'CPOM_OS_8',
  title:
    'Taux de projets (ou actions) du projet d’établissement co-construits dans une dynamique de partenariat en santé',
  objective: 'Développer le partenariat en santé au niveau des services',
  definition:
    'Part des projets ou actions du projet d’établissement conçus, menés et évalués avec des usagers (patients, personnes accompagnées, proches aidants et associations qui les représentent). ' +
    'Le périmètre couvre les volets projet médical, projet de soins et programme d’amélioration de la qualité et de la sécurité des soins (PAQSS). ' +
    'La co-construction peut s’appuyer sur la commission des usagers (CDU) et doit s’inscrire dans la durée, en suivant la recommandation de la HAS sur l’engagement des usagers.',
  kind: {
    type: 'rate',
    numerator: 'Nombre de projets ou actions co-construits avec un ou plusieurs usagers',
    denominator: 'Nombre total de projets ou actions des volets médical, soins et PAQSS du projet d’établissement',
    scale: 100,
  },
  formula:
    'Projets ou actions co-construits avec des usagers / projets ou actions des volets médical, soins et PAQSS × 100',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: ['Projet d’établissement : volets projet médical, projet de soins et PAQSS'],
  partners: [
    'Centre opérationnel du partenariat en santé (COPS) et son comité des partenaires',
    'Tout autre partenaire choisi par l’établissement',
  ],
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Liste des projets ou actions des volets médical, soins et PAQSS, en distinguant ceux co-construits avec des usagers',
    'Traces de la participation des usagers (comptes rendus, composition des groupes de travail)',
  ],
  commentMustState: ['Cible choisie par l’établissement (au moins 10 %)'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': { shape: 'chosen-within-floor', floor: 10, comparator: '>=' },
        '2026': { shape: 'positive-progression' },
        '2027': { shape: 'positive-progression' },
        '2028': { shape: 'positive-progression' },
        '2029': { shape: 'positive-progression' },
      },
    },
  ],
  sourceNotes: [
    'OCR spells the code CPOM_0OS_8; the canonical code is CPOM_OS_8.',
    'The target table lost its column alignment: read as "target chosen by the establishment (at least 10 %)" at the first collection (2025), then "target reached and positive progression" from the second collection (2026) onward.',
    'The seed prints "> 10%" where the original very likely said "≥ 10 %" (OCR turns ≥ into >); encoded as a floor of 10 with ≥.',
    'From 2026 the chosen target must also stay reached; the model holds one rule per year, so positive progression is encoded and the chosen target is judged through the reported chosenTarget.',
  ],
};
