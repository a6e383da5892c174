import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigurationError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  new Logger('Main').log({
    msg: 'API listening',
    url: `http://${config.HOST}:${config.PORT}/graphql`,
  });
}

main().catch((error: unknown) => {
  // A bad configuration is one line naming the variable, not a stack trace.
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(error instanceof ConfigurationError ? 2 : 1);
});
