import { Client } from 'pg';
import { AuditAction, AuditOutcome } from '@akselerator/domain';
import { AuditService } from './audit.service';
import { signedInAccount } from '../../test/organisation-fixtures';
import { MY_ACCESS_LOG } from '../../test/organisation-operations';
import { startTestApi, type TestApi } from '../../test/test-api';

interface AccessLogAnswer {
  myAccessLog: { entries: { id: string; actorName: string }[]; nextCursor: string | null };
}

describe('Audit log', () => {
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('cannot be changed or removed by the application: UPDATE, DELETE and TRUNCATE fail', async () => {
    const youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Vera Vern' });
    await api.app.get(AuditService).record({
      actorId: youth.id,
      actorRole: 'COORDINATOR',
      actorName: 'Kari Koordinator',
      actorOrganisation: 'NAV Kristiansand',
      youthId: youth.id,
      action: AuditAction.VIEW_PROFILE,
      purpose: 'Test',
      outcome: AuditOutcome.ALLOWED,
    });
    const before = await db.query<{ id: string; actor_name: string }>(
      `SELECT id, actor_name FROM audit_event WHERE youth_id = $1`,
      [youth.id],
    );
    expect(before.rows).toHaveLength(1);

    await expect(
      db.query(`UPDATE audit_event SET actor_name = 'Noen andre' WHERE youth_id = $1`, [youth.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM audit_event WHERE youth_id = $1`, [youth.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    // Through the API's own connection pool, too.
    await expect(
      api.app.get(AuditService)['dataSource'].query(`DELETE FROM audit_event`),
    ).rejects.toThrow(/append-only/);

    const after = await db.query(`SELECT id, actor_name FROM audit_event WHERE youth_id = $1`, [
      youth.id,
    ]);
    expect(after.rows).toEqual(before.rows);
  });

  it("pages the young person's log newest first, and refuses a malformed cursor or page size", async () => {
    const youth = await signedInAccount(api, db, { role: 'YOUTH', displayName: 'Per Side' });
    const audit = api.app.get(AuditService);
    for (let i = 0; i < 5; i++) {
      await audit.record({
        actorId: null,
        actorRole: 'SCHOOL_COUNSELLOR',
        actorName: `Rådgiver ${String(i)}`,
        actorOrganisation: 'Karuss skole',
        youthId: youth.id,
        action: AuditAction.VIEW_BOOKINGS,
        purpose: 'Oppfølging',
        outcome: AuditOutcome.ALLOWED,
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: AccessLogAnswer | null } = await youth.client.graphql<AccessLogAnswer>(
        MY_ACCESS_LOG,
        { first: 2, after },
      );
      seen.push(...(page.data?.myAccessLog.entries.map((entry) => entry.actorName) ?? []));
      after = page.data?.myAccessLog.nextCursor ?? null;
      if (after === null) break;
    }
    expect(seen).toEqual(['Rådgiver 4', 'Rådgiver 3', 'Rådgiver 2', 'Rådgiver 1', 'Rådgiver 0']);

    const badCursor = await youth.client.graphql(MY_ACCESS_LOG, { first: 2, after: 'x; DROP' });
    expect(badCursor.errors?.[0]?.extensions?.field).toBe('after');
    const tooMany = await youth.client.graphql(MY_ACCESS_LOG, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('first');
  });
});
