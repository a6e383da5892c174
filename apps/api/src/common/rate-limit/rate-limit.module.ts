import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { GqlThrottlerGuard } from './gql-throttler.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** The counters, as a provider of their own so Nest closes the Redis connection at shutdown. */
@Module({ providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
class RateLimitStorageModule {}

/**
 * Rate limits for the operations that invite guessing (sign-in, sign-up, reset links). Counted in
 * Redis when REDIS_URL is set, so several API instances count together; in memory otherwise.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [AppConfig, RedisThrottlerStorage],
      useFactory: (config: AppConfig, storage: RedisThrottlerStorage) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
        storage,
      }),
    }),
  ],
  providers: [GqlThrottlerGuard],
  exports: [GqlThrottlerGuard, ThrottlerModule],
})
export class RateLimitModule {}
