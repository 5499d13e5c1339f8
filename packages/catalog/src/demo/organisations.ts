import type { DemoOrgUnit } from './demo-org-unit.ts';
import { ileDeFranceOrgUnits } from './ile-de-france.ts';
import { normandieOrgUnits } from './normandie.ts';
import { chMillauOrgUnits } from './occitanie-ch-millau.ts';
import { occitanieOrgUnits } from './occitanie.ts';

export type { DemoEstablishment, DemoOrgUnit } from './demo-org-unit.ts';

/**
 * The demo organisation tree: three regions, with parents always listed
 * before their children so the list can be inserted in order.
 */
export const demoOrgUnits: readonly DemoOrgUnit[] = [
  ...occitanieOrgUnits,
  ...chMillauOrgUnits,
  ...normandieOrgUnits,
  ...ileDeFranceOrgUnits,
];
