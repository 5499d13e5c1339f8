import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';
import { cpomCt1 } from './fiches/cpom-ct-1.ts';
import { cpomCt2 } from './fiches/cpom-ct-2.ts';
import { cpomCt3 } from './fiches/cpom-ct-3.ts';
import { cpomCt4 } from './fiches/cpom-ct-4.ts';
import { cpomCt5 } from './fiches/cpom-ct-5.ts';
import { cpomCt6 } from './fiches/cpom-ct-6.ts';
import { cpomCt7 } from './fiches/cpom-ct-7.ts';
import { cpomCt8 } from './fiches/cpom-ct-8.ts';
import { cpomOs1 } from './fiches/cpom-os-1.ts';
import { cpomOs2 } from './fiches/cpom-os-2.ts';
import { cpomOs3 } from './fiches/cpom-os-3.ts';
import { cpomOs4 } from './fiches/cpom-os-4.ts';
import { cpomOs5 } from './fiches/cpom-os-5.ts';
import { cpomOs6 } from './fiches/cpom-os-6.ts';
import { cpomOs7 } from './fiches/cpom-os-7.ts';

/** Fiches CPOM_CT_1 … CPOM_CT_8 and CPOM_OS_1 … CPOM_OS_7, in the order of the annex. */
export const fichesPart1: IndicatorDefinitionInput[] = [
  cpomCt1,
  cpomCt2,
  cpomCt3,
  cpomCt4,
  cpomCt5,
  cpomCt6,
  cpomCt7,
  cpomCt8,
  cpomOs1,
  cpomOs2,
  cpomOs3,
  cpomOs4,
  cpomOs5,
  cpomOs6,
  cpomOs7,
];
