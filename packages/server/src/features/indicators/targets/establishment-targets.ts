import { assertYearInPeriod } from '@jalon/domain/indicators/year-period';
import type { IndicatorDefinition } from '@jalon/domain/indicators/indicator-definition';
import type { IndicatorValue } from '@jalon/domain/indicators/indicator-value';
import { evaluateApplicability } from '@jalon/domain/indicators/applicability';
import { prepareIndicator } from '@jalon/domain/indicators/prepared-indicator';
import { judge, type JudgementResult, type NegotiatedRule } from '@jalon/domain/indicators/target-engine';
import { cpomTierForYear } from '@jalon/domain/organisation/cpom-tier';
import type { EstablishmentProfile } from '@jalon/domain/organisation/establishment';
import {
  catalogueNotFound,
  cataloguesOfRegion,
  contractPeriod,
  fichesOf,
  findCatalogue,
  type CatalogueRow,
} from '../../../catalogues/catalogue-store.ts';
import type { Db } from '../../../db/database.ts';
import type { LoadedEstablishment } from './establishment-profile.ts';
import type { EstablishmentTargets } from '@jalon/contract/indicators/establishment-targets';
import { overrideOf, overridesOf, type OverrideRow } from '../negotiation/override-store.ts';
import { valuesOf } from '../values/value-store.ts';

type Item = EstablishmentTargets['items'][number];

/**
 * The named catalogue, else the one the establishment's region is attached to
 * (newest period first). A catalogue is the annex of one region's contracts:
 * named for an establishment of another region (or attached to none), it does
 * not exist for that establishment, so nothing is read or written under it.
 */
export async function catalogueFor(
  db: Db,
  loaded: LoadedEstablishment,
  slug: string | undefined,
): Promise<CatalogueRow | undefined> {
  if (slug !== undefined) {
    const catalogue = await findCatalogue(db, slug);
    if (catalogue.regionId !== loaded.regionId) throw catalogueNotFound(slug);
    return catalogue;
  }
  const [catalogue] = await cataloguesOfRegion(db, loaded.regionId);
  return catalogue;
}

/** This year, or the nearest year of the contract. */
export function defaultYear(catalogue: CatalogueRow | undefined, today = new Date()): number {
  const year = today.getFullYear();
  if (!catalogue) return year;
  return Math.min(Math.max(year, catalogue.periodFrom), catalogue.periodTo);
}

/** The negotiated rules of one indicator, any years, as the engine takes them; and those of the year, as shown. */
interface Negotiated {
  rules: NegotiatedRule[];
  shown: Item['negotiated'];
}

function negotiatedOf(rows: readonly OverrideRow[], fiche: IndicatorDefinition, year: number): Negotiated {
  const negotiated: Negotiated = { rules: [], shown: [] };
  for (const row of rows) {
    const view = overrideOf(row, fiche);
    negotiated.rules.push({ year: row.year, component: row.component ?? undefined, rule: view.rule });
    if (row.year === year)
      negotiated.shown.push({ component: view.component, text: view.ruleText, reason: view.reason });
  }
  return negotiated;
}

function itemOf(
  establishment: EstablishmentProfile,
  fiche: IndicatorDefinition,
  year: number,
  history: readonly IndicatorValue[],
  negotiated: Negotiated,
): Item {
  const labels = prepareIndicator(fiche).componentLabels;
  const components = [...labels].map(([key, label]) => ({ key, label }));
  const base = {
    code: fiche.code,
    title: fiche.title,
    objective: fiche.objective,
    unit: fiche.unit,
    components,
    negotiated: negotiated.shown,
  };
  const reported = history.find((v) => v.year === year) ?? null;
  const { from, to } = fiche.measurement;
  if (year < from || year > to) {
    const explanation = `Sans objet : indicateur mesuré de ${from} à ${to}`;
    return {
      ...base,
      applicable: false,
      judgement: 'not-applicable',
      explanation,
      targets: [{ component: null, status: 'not-applicable', text: explanation }],
      reported,
      componentJudgements: [],
    };
  }
  const component = (key: string | undefined) => (key === undefined ? null : { key, label: labels.get(key) ?? key });
  const result: JudgementResult = judge({
    establishment,
    indicator: fiche,
    year,
    history,
    negotiated: negotiated.rules,
  });
  return {
    ...base,
    // Outside the fiche's own conditions (GHT only, HAD only…), as opposed to a year without target.
    applicable: evaluateApplicability(establishment, fiche, year).status !== 'not-applicable',
    judgement: result.judgement,
    explanation: result.explanation,
    targets: result.targets.map((t) => ({ component: component(t.component), status: t.status, text: t.text })),
    reported,
    componentJudgements: Object.entries(result.components ?? {}).map(([key, judgement]) => ({
      key,
      label: labels.get(key) ?? key,
      judgement,
    })),
  };
}

const EMPTY_SUMMARY = { met: 0, partlyMet: 0, notMet: 0, notApplicable: 0, pending: 0 };
const SUMMARY_KEY = {
  met: 'met',
  'partly-met': 'partlyMet',
  'not-met': 'notMet',
  'not-applicable': 'notApplicable',
  pending: 'pending',
} as const;

/** Every fiche of the catalogue, resolved and judged for the establishment and the year. */
export async function establishmentTargets(
  db: Db,
  loaded: LoadedEstablishment,
  options: { year?: number | undefined; catalogue?: string | undefined },
): Promise<EstablishmentTargets> {
  const { profile } = loaded;
  const catalogue = await catalogueFor(db, loaded, options.catalogue);
  const year = options.year ?? defaultYear(catalogue);
  const establishment = {
    id: profile.id,
    name: profile.name,
    finess: profile.finess || null,
    category: profile.category,
    tier: cpomTierForYear(profile.capacities, year) ?? null,
  };
  if (!catalogue) return { establishment, catalogue: null, year, summary: { ...EMPTY_SUMMARY }, items: [] };
  assertYearInPeriod(year, contractPeriod(catalogue), 'la période du contrat');
  const [fiches, values, overrides] = await Promise.all([
    fichesOf(db, catalogue),
    valuesOf(db, profile.id, catalogue.id),
    overridesOf(db, profile.id, catalogue.id),
  ]);
  const histories = new Map<string, IndicatorValue[]>();
  for (const row of values) {
    const list = histories.get(row.code) ?? [];
    list.push(row.data as IndicatorValue);
    histories.set(row.code, list);
  }
  const summary = { ...EMPTY_SUMMARY };
  const items = fiches.map(({ definition }) => {
    const negotiated = negotiatedOf(
      overrides.filter((o) => o.code === definition.code),
      definition,
      year,
    );
    const item = itemOf(profile, definition, year, histories.get(definition.code) ?? [], negotiated);
    summary[SUMMARY_KEY[item.judgement]] += 1;
    return item;
  });
  return {
    establishment,
    catalogue: {
      slug: catalogue.slug,
      title: catalogue.title,
      period: { from: catalogue.periodFrom, to: catalogue.periodTo },
    },
    year,
    summary,
    items,
  };
}
