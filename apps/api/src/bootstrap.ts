import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import pinoHttp from 'pino-http';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { GraphQLExceptionFilter } from './common/graphql-exception.filter';
import { createValidationPipe } from './common/validation/validation-pipe';
import { PinoLoggerService } from './logging/pino-logger.service';
import { RedisStreamsIoAdapter } from './notifications/redis-streams-io.adapter';

export const REQUEST_BODY_LIMIT = '100kb';

/** TRUST_PROXY as Express understands it: a boolean, a hop count, or names/addresses. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Builds the API exactly as production runs it; integration tests call this too. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = PinoLoggerService.create(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    abortOnError: false,
  });
  // The client's address for rate limits, as told by the proxies we trust (the web's /graphql).
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  // GraphQL bodies are small; a bigger one is refused (413) before it is parsed.
  app.useBodyParser('json', { limit: REQUEST_BODY_LIMIT });
  app.use(cookieParser());
  app.use(
    pinoHttp({
      logger: logger.pino,
      // Never log cookies or credentials.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLExceptionFilter());
  if (config.REDIS_URL) {
    const adapter = new RedisStreamsIoAdapter(app, config.REDIS_URL);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }
  app.enableShutdownHooks();
  return app;
}
