import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';
import { cpomOs8 } from './fiches/cpom-os-8.ts';
import { cpomOs9 } from './fiches/cpom-os-9.ts';
import { cpomOs10 } from './fiches/cpom-os-10.ts';
import { cpomOs11 } from './fiches/cpom-os-11.ts';
import { cpomOs12 } from './fiches/cpom-os-12.ts';
import { cpomOs13 } from './fiches/cpom-os-13.ts';
import { cpomOs14 } from './fiches/cpom-os-14.ts';
import { cpomOs15 } from './fiches/cpom-os-15.ts';
import { cpomOs16 } from './fiches/cpom-os-16.ts';
import { cpomOs17 } from './fiches/cpom-os-17.ts';
import { cpomOs18 } from './fiches/cpom-os-18.ts';
import { cpomOs19 } from './fiches/cpom-os-19.ts';
import { cpomOs20 } from './fiches/cpom-os-20.ts';
import { cpomOs21 } from './fiches/cpom-os-21.ts';
import { cpomOs22 } from './fiches/cpom-os-22.ts';

/** Fiches CPOM_OS_8 … CPOM_OS_22. */
export const fichesPart2: IndicatorDefinitionInput[] = [
  cpomOs8,
  cpomOs9,
  cpomOs10,
  cpomOs11,
  cpomOs12,
  cpomOs13,
  cpomOs14,
  cpomOs15,
  cpomOs16,
  cpomOs17,
  cpomOs18,
  cpomOs19,
  cpomOs20,
  cpomOs21,
  cpomOs22,
];
