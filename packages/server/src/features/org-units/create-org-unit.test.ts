import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../access/actor.ts';
import { auditEvent } from '../../db/schema/audit-event.table.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { createOrgUnit } from './create-org-unit.ts';

describe('createOrgUnit outside any request', () => {
  it('runs for the system actor, with every right, and records it in the trail under its name', async () => {
    const database = await createTestDatabase();
    try {
      const context = systemContext('job: test', 'job-1');
      // A root region needs a platform admin's rights: the system holds them.
      const region = await createOrgUnit(database.db, context, {
        kind: 'region',
        parentId: null,
        name: 'Région sans requête',
      });
      const ght = await createOrgUnit(database.db, context, {
        kind: 'ght',
        parentId: region.id,
        name: 'GHT sans requête',
      });
      expect(ght.path.map((u) => u.id)).toEqual([region.id]);
      const rows = await database.db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.entityType, 'org_unit'), eq(auditEvent.entityId, ght.id)));
      expect(rows).toEqual([
        expect.objectContaining({ action: 'create', actorId: null, actorName: 'job: test', requestId: 'job-1' }),
      ]);
    } finally {
      await database.close();
    }
  });
});
