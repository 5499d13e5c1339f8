import type { IndicatorDefinitionInput } from '@jalon/domain/indicators/indicator-definition';

/** Fiches CPOM_OS_8 … CPOM_OS_22. */
export const fichesPart2: IndicatorDefinitionInput[] = [];
