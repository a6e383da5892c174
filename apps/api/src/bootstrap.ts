import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import pinoHttp from 'pino-http';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { GraphQLExceptionFilter } from './common/graphql-exception.filter';
import { createValidationPipe } from './common/validation/validation-pipe';
import { PinoLoggerService } from './logging/pino-logger.service';
import { RedisStreamsIoAdapter } from './notifications/redis-streams-io.adapter';

/** Builds the API exactly as production runs it; integration tests call this too. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const logger = PinoLoggerService.create(config.LOG_LEVEL);
  const app = await NestFactory.create(AppModule.forRoot(config), { logger, abortOnError: false });
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
