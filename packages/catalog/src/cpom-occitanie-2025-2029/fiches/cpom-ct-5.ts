import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const YES = { shape: 'boolean', expected: true } as const;

/** CPOM_CT_5: at least one territorial team shared with other establishments. */
export const cpomCt5: IndicatorDefinitionInput = {
  code: 'CPOM_CT_5',
  aliases: ['CPOM_CT_05'],
  title:
    'Existence d’une ou plusieurs équipes territoriales (prestations inter-établissements ou convention), spécialité à préciser (oui/non) – activité urgences',
  objective:
    'Favoriser la coopération territoriale pour garantir la continuité, la qualité et la sécurité des soins malgré des ressources contraintes',
  definition:
    'Les difficultés de recrutement médical, aux urgences notamment, fragilisent l’offre ; une équipe commune à plusieurs établissements harmonise les pratiques d’une filière et réduit les tensions sur les effectifs. ' +
    'Une équipe commune est obligatoire pour les structures des urgences sous le seuil de 8 000 passages par an et pour les antennes de médecine d’urgence (articles R.6123-6-1 et R.6123-9 du code de la santé publique). ' +
    'L’indicateur vaut oui lorsque l’établissement participe à au moins une équipe territoriale, dans le cadre de prestations inter-établissements ou d’une convention, quelle que soit la spécialité (soins palliatifs, hygiène, psychiatrie, addictologie, SMR, gériatrie, soins non programmés, urgences…).',
  kind: { type: 'boolean' },
  formula: 'Oui si l’établissement participe à au moins une équipe territoriale formalisée, non sinon',
  unit: 'oui/non',
  direction: 'higher-is-better',
  dataSources: ['Déclaratif de l’établissement'],
  partners: ['Établissements de santé partenaires de l’équipe territoriale'],
  steering:
    'Organisation définie entre les établissements ; l’ARS peut appuyer certaines organisations (retours d’expérience, conventions types) sans les porter',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Convention ou organisation formalisée de l’équipe territoriale',
    'Dénombrement annuel des équipes territoriales',
  ],
  commentMustState: [
    'Spécialité de chaque équipe territoriale',
    'Effectif des professionnels exerçant sur plusieurs établissements dans le cadre de la convention',
  ],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: { '2025': YES, '2026': YES, '2027': YES, '2028': YES, '2029': YES },
    },
  ],
  sourceNotes: [
    'The title ends with "Activité urgences" and the context is about emergency departments, but the target row covers all establishments and the listed specialties go well beyond emergencies; no applicability restriction was set.',
    'The total column reads "une ou plusieurs équipes territoriales sur les 5 ans"; it restates the yearly "oui".',
  ],
};
