import { describe, expect, it } from 'vitest';
import { eq, ne } from 'drizzle-orm';
import { auditEvent } from '../db/schema/audit-event.table.ts';
import { orgUnit } from '../db/schema/org-unit.table.ts';
import { createTestApp } from '../test/test-app.ts';
import { isDatabaseEmpty, seedDemo } from './seed-demo.ts';

const t = await createTestApp();
const PASSWORD = 'Demo-Password-2026!';
await seedDemo(t.db, { password: PASSWORD });

async function idOf(name: string): Promise<string> {
  const [row] = await t.db.select({ id: orgUnit.id }).from(orgUnit).where(eq(orgUnit.name, name));
  return row!.id;
}

describe('demo dataset', () => {
  it('fills the database, attaching the Occitanie CPOM annex to its region', async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    const ars = await t.login('ars.referente@jalon.demo', PASSWORD);
    const [catalogue] = (await ars.request('GET', '/api/catalogues')).json().items;
    expect(catalogue).toMatchObject({
      slug: 'cpom-occitanie-2025-2029',
      region: { name: 'Occitanie' },
      indicatorCount: 30,
    });
  });

  it('records every row it writes under the demo dataset, with no account behind it', async () => {
    // Logins of the other tests are the people's own.
    const authors = await t.db
      .selectDistinct({ id: auditEvent.actorId, name: auditEvent.actorName, requestId: auditEvent.requestId })
      .from(auditEvent)
      .where(ne(auditEvent.action, 'login'));
    expect(authors).toEqual([{ id: null, name: 'demo dataset', requestId: 'seed-demo' }]);
  });

  it('gives Occitanie establishments 2024 and 2025 values, so that 2025 shows met, missed and awaited targets and 2026 targets resolve', async () => {
    const ars = await t.login('ars.referente@jalon.demo', PASSWORD);
    const millau = await idOf('Centre hospitalier de Millau');
    const values = (await ars.request('GET', `/api/establishments/${millau}/indicator-values`)).json().items as {
      year: number;
    }[];
    expect(new Set(values.map((v) => v.year))).toEqual(new Set([2024, 2025]));
    const region = (await ars.request('GET', `/api/org-units?kind=establishment&pageSize=200`)).json().items as {
      id: string;
      path: { name: string }[];
    }[];
    const occitanie = region.filter((u) => u.path[0]?.name === 'Occitanie');
    const judgements = new Set<string>();
    for (const unit of occitanie) {
      const body = (await ars.request('GET', `/api/establishments/${unit.id}/targets?year=2025`)).json();
      for (const item of body.items) judgements.add(item.judgement);
    }
    for (const judgement of ['met', 'not-met', 'pending', 'not-applicable']) expect(judgements).toContain(judgement);
    const next = (await ars.request('GET', `/api/establishments/${millau}/targets?year=2026`)).json();
    expect(
      next.items.filter((i: { targets: { status: string }[] }) =>
        i.targets.some((target) => target.status === 'resolved'),
      ).length,
    ).toBeGreaterThan(15);
  });
});
