import { grouping, unit, type DemoOrgUnit } from './demo-org-unit.ts';

/**
 * Inside the CH de Millau, the establishment the demo accounts work in:
 * its pôles (each managed under a pôle contract) and their services.
 * Pôles hang from the establishment, not the site, because a pôle's
 * contract and dialogues de gestion are the establishment's.
 */
export const CH_MILLAU_KEYS = {
  establishment: 'ch-millau',
  poleMedecine: 'ch-millau-pole-medecine',
  poleChirurgieFemmeEnfant: 'ch-millau-pole-chirurgie-femme-enfant',
  poleUrgences: 'ch-millau-pole-urgences',
} as const;

const K = CH_MILLAU_KEYS;

export const chMillauOrgUnits: readonly DemoOrgUnit[] = [
  grouping(K.poleMedecine, K.establishment, 'Pôle médecine et gériatrie', 'Pôle médecine'),
  grouping(K.poleChirurgieFemmeEnfant, K.establishment, 'Pôle chirurgie, femme et enfant', 'Pôle chirurgie'),
  grouping(K.poleUrgences, K.establishment, 'Pôle urgences et soins non programmés', 'Pôle urgences'),
  unit('ch-millau-medecine-polyvalente', K.poleMedecine, 'Médecine polyvalente'),
  unit('ch-millau-court-sejour-geriatrique', K.poleMedecine, 'Court séjour gériatrique'),
  unit('ch-millau-smr', K.poleMedecine, 'Soins médicaux et de réadaptation'),
  unit('ch-millau-chirurgie', K.poleChirurgieFemmeEnfant, 'Chirurgie orthopédique et viscérale'),
  unit('ch-millau-maternite', K.poleChirurgieFemmeEnfant, 'Maternité'),
  unit('ch-millau-pediatrie', K.poleChirurgieFemmeEnfant, 'Pédiatrie'),
  unit('ch-millau-urgences', K.poleUrgences, 'Service des urgences'),
  unit('ch-millau-smur', K.poleUrgences, 'SMUR'),
];
