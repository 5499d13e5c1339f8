import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

const atLeast = (value: number) => ({ shape: 'threshold' as const, comparator: '>=' as const, value });

/** CPOM_OS_16: closed stays whose discharge prescription reached Mon espace santé (DMP). */
export const cpomOs16: IndicatorDefinitionInput = {
  code: 'CPOM_OS_16',
  title:
    'Taux de séjours clôturés pour lesquels au moins une ordonnance de sortie (ODS) produite a alimenté Mon espace santé (DMP)',
  objective: 'Faciliter le partage des informations médicales pour améliorer la prise en charge des patients',
  definition:
    'Dans la continuité du Ségur du numérique et des programmes HOP’EN 2 et SUN-ES, les établissements alimentent Mon espace santé, via le dossier médical partagé (DMP), de documents de santé rattachés à une identité nationale de santé (INS) qualifiée. ' +
    'L’indicateur retient le document de sortie : l’ordonnance de sortie versée au DMP au format CDA R2 niveau 1. ' +
    'Il rapporte les séjours de patients disposant d’un DMP dont l’ordonnance de sortie y a été transmise à l’ensemble des séjours de patients disposant d’un DMP ; il rejoint les critères de la certification HAS.',
  kind: {
    type: 'rate',
    numerator:
      'Séjours de patients disposant d’un DMP dont le document de sortie, référencé avec une INS qualifiée et au format CDA R2 niveau 1, a été transmis au DMP',
    denominator: 'Séjours de patients disposant d’un DMP',
    scale: 100,
  },
  formula:
    'Séjours avec ordonnance de sortie versée au DMP (INS qualifiée, CDA R2 N1) / séjours de patients disposant d’un DMP × 100',
  unit: '%',
  direction: 'higher-is-better',
  dataSources: ['Déclaration de l’établissement', 'Données d’alimentation du DMP fournies par la CNAM'],
  partners: ['GRADeS Occitanie (conseil et expertise sur les services socles INS, DMP et MSSanté)'],
  steering: 'Comité numérique régional des établissements de santé',
  frequency: 'yearly',
  measurement: { from: 2025, to: 2029 },
  proofElements: [
    'Extraction du système d’information montrant les séjours clôturés et les ordonnances de sortie versées au DMP sur le mois mesuré',
  ],
  commentMustState: ['Mois calendaire sur lequel porte la mesure'],
  targets: [
    {
      scope: { label: 'Tous les établissements' },
      years: {
        '2025': atLeast(50),
        '2026': atLeast(65),
        '2027': atLeast(65),
        '2028': atLeast(65),
        '2029': atLeast(65),
      },
    },
  ],
  sourceNotes: [
    'The rate is collected once a year over one calendar month, as the fiche states.',
    'The table gives bare values (50 %, then 65 %); read as minimum rates.',
  ],
};
