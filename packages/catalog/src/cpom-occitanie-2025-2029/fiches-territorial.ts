import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

/** Fiches CPOM_CT_1 … CPOM_CT_8 and CPOM_OS_1 … CPOM_OS_7. */
export const fichesPart1: IndicatorDefinitionInput[] = [];
