// The list drizzle-kit reads to generate migrations, and the typed tables for queries.
export { orgUnit } from './schema/org-unit.table.ts';
export { establishment, establishmentCapacity, ghtAssociation } from './schema/establishment.table.ts';
export { appUser } from './schema/app-user.table.ts';
export { roleGrant } from './schema/role-grant.table.ts';
export { userSession } from './schema/session.table.ts';
export { apiToken } from './schema/api-token.table.ts';
export { loginThrottle } from './schema/login-throttle.table.ts';
export { auditEvent } from './schema/audit-event.table.ts';
export {
  cpomTargetOverride,
  indicatorCatalogue,
  indicatorDefinition,
  indicatorDefinitionVersion,
  indicatorValue,
} from './schema/indicator.table.ts';
