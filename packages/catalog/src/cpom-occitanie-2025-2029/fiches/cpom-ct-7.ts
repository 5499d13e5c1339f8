import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const FIVE = { shape: 'threshold', comparator: '>=', value: 5 } as const;

/** CPOM_CT_7: inter-establishment meetings held for seasonal tension (winter and summer). */
export const cpomCt7: IndicatorDefinitionInput = {
  code: 'CPOM_CT_7',
  aliases: ['CPOM_CT_07'],
  title:
    'Nombre de réunions inter-établissements relatives à la gestion des tensions saisonnières (hiver et été), tenues selon les protocoles des plans épidémiques et « hôpital en tension »',
  objective:
    'Renforcer la coordination entre établissements publics et privés pour maintenir la continuité des soins pendant les périodes de tension hivernales et estivales',
  definition:
    'Les périodes de tension saisonnière exposent les établissements à des ruptures de continuité des soins ; les plans blancs, obligatoires, doivent être tenus à jour, testés et s’appuyer sur des instances de coordination, et l’ORU anime sous le pilotage de l’ARS les cellules de gestion des lits des territoires. ' +
    'L’indicateur rapporte le nombre de réunions de coordination inter-établissements tenues conformément aux protocoles des plans épidémiques et « hôpital en tension » (dont les cellules techniques animées par les délégations départementales avec l’ORU) au nombre de périodes de tension ou de plans blancs déclarés. ' +
    'Il concerne tous les établissements, qu’ils aient déclaré une période de tension ou non.',
  kind: {
    type: 'rate',
    numerator: 'Nombre de réunions inter-établissements tenues',
    denominator: 'Nombre de périodes de tension ou de plans blancs déclarés',
    scale: 1,
    // Several meetings per period are the aim: this ratio is not a share and may exceed 1.
    share: false,
  },
  formula: 'Réunions inter-établissements tenues / périodes de tension ou plans blancs déclarés',
  unit: 'réunions par période de tension',
  direction: 'higher-is-better',
  dataSources: [
    'Déclarations des établissements',
    'ORU Occitanie (capacités d’accueil renseignées dans l’espace professionnel)',
  ],
  partners: ['Délégations départementales de l’ARS', 'Établissements de santé du territoire', 'ORU Occitanie'],
  steering: 'Cellules techniques de coordination de l’ORU et instances des plans blancs',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Comptes rendus ou relevés des réunions inter-établissements',
    'Déclarations des périodes de tension ou des plans blancs',
  ],
  commentMustState: ['Périodes de tension concernées et établissements participant aux réunions'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: { '2025': FIVE, '2026': FIVE, '2027': FIVE, '2028': FIVE, '2029': FIVE },
    },
  ],
  sourceNotes: [
    'The seed writes the code CPOM_CT_07; kept as alias.',
    'The target table reads "/" for 2024, "5" for each year 2025-2029 and "10" as total; the header says the value is "instances par période de tension". The yearly 5 is kept as a floor (≥ 5 meetings per tension period); the total of 10 matches neither five years of 5 nor a rate and is not encoded. Doubtful.',
    'The value is a ratio, not a share: 11 meetings for 2 tension periods gives 5.5, above the scale of 1, so the kind is a rate marked share: false.',
    'The fiche applies to establishments that declared no tension period too, where the denominator is zero; such a year cannot be judged as a ratio and the comment must explain it.',
  ],
};
