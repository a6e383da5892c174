// A stand-in for the API / e2e process that owns the services, run by supervisor-client.spec.ts as
// `node --import tsx owner-fixture.ts <dataDir> <stay|exit>`. It prints the URLs as one JSON line,
// then either stays alive (to be killed or interrupted) or lets its event loop drain and exits.
import { startServices } from '../services';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2);
  if (!dataDir) {
    throw new Error('usage: owner-fixture.ts <dataDir> <stay|exit>');
  }
  const services = await startServices({ dataDir, env: {} });
  process.stdout.write(
    `${JSON.stringify({ databaseUrl: services.databaseUrl, meiliUrl: services.meiliUrl })}\n`,
  );
  if (mode === 'stay') {
    setInterval(() => undefined, 60_000);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
