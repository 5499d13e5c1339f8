import { z } from 'zod';
import {
  authorisationSchema,
  capacitySchema,
  cpomTierSchema,
  establishmentCategorySchema,
  legalStatusSchema,
  orgUnitKindSchema,
} from '@jalon/domain/organisation/establishment';
import { PAGE_LIMITS } from '../common/page.ts';
import { ORG_LIMITS } from './org-unit-limits.ts';

const name = z.string().trim().min(1, 'Nom obligatoire').max(ORG_LIMITS.name);
const shortName = z.string().trim().max(ORG_LIMITS.shortName).nullable();
const finess = z.string().trim().nullable();

export const establishmentInput = z.object({
  category: establishmentCategorySchema,
  legalStatus: legalStatusSchema,
  department: z.string().regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, 'Département invalide (ex. 31, 2A, 974)'),
  capacities: z
    .array(capacitySchema)
    .max(ORG_LIMITS.capacities)
    .refine((list) => new Set(list.map((c) => c.year)).size === list.length, 'Une seule capacité par année')
    .default([]),
  authorisations: z.array(authorisationSchema).default([]),
  associatedGhtIds: z.array(z.uuid()).default([]),
});
export type EstablishmentInput = z.infer<typeof establishmentInput>;

export const createOrgUnitBody = z.object({
  kind: orgUnitKindSchema,
  parentId: z.uuid().nullable(),
  name,
  shortName: shortName.optional(),
  finess: finess.optional(),
  establishment: establishmentInput.optional(),
});
export type CreateOrgUnitBody = z.infer<typeof createOrgUnitBody>;

export const updateOrgUnitBody = z
  .object({ name, shortName, finess, establishment: establishmentInput })
  .partial()
  .strict();
export type UpdateOrgUnitBody = z.infer<typeof updateOrgUnitBody>;

export const moveOrgUnitBody = z.object({ parentId: z.uuid() });
export type MoveOrgUnitBody = z.infer<typeof moveOrgUnitBody>;

export const listOrgUnitsQuery = z.object({
  kind: orgUnitKindSchema.optional(),
  parent: z.uuid().optional(),
  q: z.string().trim().max(ORG_LIMITS.search).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_LIMITS.pageSize).default(PAGE_LIMITS.defaultPageSize),
});
export type ListOrgUnitsQuery = z.infer<typeof listOrgUnitsQuery>;

const ref = z.object({ id: z.uuid(), name: z.string(), kind: orgUnitKindSchema });

export const orgUnitViewSchema = z.object({
  id: z.uuid(),
  kind: orgUnitKindSchema,
  parentId: z.uuid().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  finess: z.string().nullable(),
  path: z.array(ref),
  childCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  establishment: z
    .object({
      category: establishmentCategorySchema,
      legalStatus: legalStatusSchema,
      department: z.string(),
      capacities: z.array(capacitySchema),
      authorisations: z.array(authorisationSchema),
      cpomTier: cpomTierSchema.nullable(),
      associatedGhts: z.array(z.object({ id: z.uuid(), name: z.string() })),
    })
    .nullable(),
});
export type OrgUnitView = z.infer<typeof orgUnitViewSchema>;
export type EstablishmentView = NonNullable<OrgUnitView['establishment']>;

export const subtreeItemSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: orgUnitKindSchema,
  name: z.string(),
  finess: z.string().nullable(),
  depth: z.number().int(),
});
export type SubtreeItem = z.infer<typeof subtreeItemSchema>;

export const subtreeSchema = z.object({ items: z.array(subtreeItemSchema) });
