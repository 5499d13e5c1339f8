import { catalogueSchema, type Catalogue } from '@jalon/domain/indicators/indicator-definition';
import { fichesPart1 } from './fiches-territorial.ts';
import { fichesPart2 } from './fiches-strategic.ts';

/**
 * Strategic annex of the CPOM 2025-2029 of ARS Occitanie: 30 methodological
 * fiches, parsed once through the domain schema so that defaults apply and
 * a malformed fiche fails at load time rather than in a judgement.
 */
export const cpomOccitanie20252029: Catalogue = catalogueSchema.parse({
  slug: 'cpom-occitanie-2025-2029',
  title: 'CPOM 2025-2029 — annexe stratégique (ARS Occitanie)',
  issuer: 'ARS Occitanie',
  version: 1,
  period: { from: 2025, to: 2029 },
  indicators: [...fichesPart1, ...fichesPart2],
});
