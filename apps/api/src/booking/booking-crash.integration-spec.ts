import { findFreePort, workspaceRoot } from '@akselerator/infra';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { signedInYouths, startTestApi, TestClient, type TestApi } from '../../test/test-api';
import {
  CREATE_HOSPITERING,
  employerSignUp,
  hospiteringInput,
  PUBLISH,
  SIGN_UP,
} from '../../test/operations';

interface Told {
  id: string;
  status: string;
}

const PUPILS = 500;
const SEATS = 20;
const MAIN = join(workspaceRoot(), 'apps/api/dist/main.js');

/** The built API as its own process, so it can be killed the hard way. */
async function startApiProcess(api: TestApi, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      PORT: String(port),
      DATABASE_URL: api.databaseUrl,
      MEILI_URL: api.config.MEILI_URL,
      MEILI_MASTER_KEY: api.config.MEILI_MASTER_KEY,
      MEILI_INDEX_PREFIX: api.config.MEILI_INDEX_PREFIX,
    },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the API process did not start');
}

describe('An API process killed with SIGKILL in the middle of a booking race', () => {
  let api: TestApi;
  let db: Client;

  beforeAll(async () => {
    if (!existsSync(MAIN))
      throw new Error(`${MAIN} is missing: build the API first (nx run api:build)`);
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('loses no booking a pupil was told had succeeded, and leaves the seat count equal to the seat-holding rows', async () => {
    const employer = api.client();
    await employer.graphql(SIGN_UP, { input: employerSignUp('crash') });
    const created = await employer.graphql<{
      createHospitering: { id: string; slots: { id: string }[] };
    }>(CREATE_HOSPITERING, {
      input: hospiteringInput({
        slots: [
          {
            date: hospiteringInput().slots[0]?.date,
            startTime: '09:00',
            endTime: '14:00',
            capacity: SEATS,
          },
        ],
      }),
    });
    await employer.graphql(PUBLISH, { id: created.data?.createHospitering.id });
    const slotId = created.data?.createHospitering.slots[0]?.id ?? '';
    const youths = await signedInYouths(api, PUPILS);

    const port = await findFreePort();
    const child = await startApiProcess(api, port);
    const url = `http://127.0.0.1:${port}`;
    let answered = 0;
    const race = youths.map(async ({ client }): Promise<Told | null> => {
      const viaChild = new TestClient(url);
      viaChild.cookie = client.cookie;
      try {
        const answer = await viaChild.graphql<{ bookSlot: Told }>(
          `mutation Book($input: BookSlotInput!) { bookSlot(input: $input) { id status } }`,
          { input: { slotId, idempotencyKey: randomUUID() } },
        );
        answered += 1;
        return answer.data?.bookSlot ?? null;
      } catch {
        return null; // the connection died with the process: the pupil was told nothing
      }
    });
    // Kill it once some answers are out and many requests are still in flight.
    while (answered < 60) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    const told = (await Promise.all(race)).filter(
      (booking): booking is { id: string; status: string } => booking !== null,
    );
    expect(told.length).toBeGreaterThanOrEqual(60);
    expect(told.length).toBeLessThan(PUPILS);

    const { rows } = await db.query<{ id: string; status: string }>(
      'SELECT id, status FROM booking WHERE slot_id = $1',
      [slotId],
    );
    const stored = new Map(rows.map((row) => [row.id, row.status]));
    for (const booking of told) expect(stored.get(booking.id)).toBe(booking.status);
    const { rows: seats } = await db.query<{ seats_booked: number; holding: string }>(
      `SELECT seats_booked, (SELECT count(*) FROM booking WHERE slot_id = $1 AND status IN ('REQUESTED', 'CONFIRMED')) AS holding
         FROM slot WHERE id = $1`,
      [slotId],
    );
    expect(seats[0]?.seats_booked).toBe(Number(seats[0]?.holding));
    expect(seats[0]?.seats_booked).toBeLessThanOrEqual(SEATS);
    console.log(
      `Killed after ${told.length} answers; ${rows.length} bookings committed, all ${told.length} told ones among them`,
    );
  });
});
