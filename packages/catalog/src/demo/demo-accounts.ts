import type { Role } from '@jalon/domain/access/roles';
import { CH_MILLAU_KEYS } from './occitanie-ch-millau.ts';
import { OCCITANIE_GHT_KEYS } from './occitanie.ts';

/**
 * One grant of a demo account: a person may appear several times, once per
 * scope (the platform administrator holds one grant per region).
 */
export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  orgUnitKey: string;
}

const MILLAU = CH_MILLAU_KEYS.establishment;

/**
 * Every role once, around one story: ARS Occitanie steers the CPOM of the
 * CH de Millau, member of the GHT Est-Hérault et Sud-Aveyron, whose pôles
 * run the actions.
 */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@jalon.demo', displayName: 'Administration Jalon', role: 'platform-admin', orgUnitKey: 'occitanie' },
  { email: 'admin@jalon.demo', displayName: 'Administration Jalon', role: 'platform-admin', orgUnitKey: 'normandie' },
  {
    email: 'admin@jalon.demo',
    displayName: 'Administration Jalon',
    role: 'platform-admin',
    orgUnitKey: 'ile-de-france',
  },
  { email: 'ars.referente@jalon.demo', displayName: 'Sophie Garnier', role: 'ars-officer', orgUnitKey: 'occitanie' },
  { email: 'ars.evaluation@jalon.demo', displayName: 'Marc Olivier', role: 'ars-reviewer', orgUnitKey: 'occitanie' },
  {
    email: 'ght.coordination@jalon.demo',
    displayName: 'Nathalie Roux',
    role: 'ght-coordinator',
    orgUnitKey: OCCITANIE_GHT_KEYS.estHeraultSudAveyron,
  },
  { email: 'direction@jalon.demo', displayName: 'Laurent Vidal', role: 'establishment-director', orgUnitKey: MILLAU },
  { email: 'qualite@jalon.demo', displayName: 'Isabelle Fabre', role: 'quality-manager', orgUnitKey: MILLAU },
  { email: 'pcme@jalon.demo', displayName: 'Dr Jean Bonnet', role: 'cme-chair', orgUnitKey: MILLAU },
  {
    email: 'chef.pole@jalon.demo',
    displayName: 'Dr Camille Mercier',
    role: 'pole-manager',
    orgUnitKey: CH_MILLAU_KEYS.poleMedecine,
  },
  {
    email: 'pilote@jalon.demo',
    displayName: 'Julie Lambert',
    role: 'action-pilot',
    orgUnitKey: CH_MILLAU_KEYS.poleMedecine,
  },
  {
    email: 'contribution@jalon.demo',
    displayName: 'Thomas Girard',
    role: 'contributor',
    orgUnitKey: CH_MILLAU_KEYS.poleUrgences,
  },
  { email: 'instances@jalon.demo', displayName: 'Hélène Blanc', role: 'instance-member', orgUnitKey: MILLAU },
  { email: 'usagers@jalon.demo', displayName: 'Bernard Faure', role: 'user-representative', orgUnitKey: MILLAU },
  { email: 'lecture@jalon.demo', displayName: 'Émilie Chevalier', role: 'reader', orgUnitKey: MILLAU },
];
