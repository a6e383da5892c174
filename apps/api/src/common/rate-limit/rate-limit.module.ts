import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config';
import { GqlThrottlerGuard } from './gql-throttler.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * Rate limits for the operations that invite guessing (sign-in, sign-up, reset links). Counted in
 * Redis when REDIS_URL is set, so several API instances count together; in memory otherwise.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }],
        ...(config.REDIS_URL ? { storage: new RedisThrottlerStorage(config.REDIS_URL) } : {}),
      }),
    }),
  ],
  providers: [GqlThrottlerGuard],
  exports: [GqlThrottlerGuard, ThrottlerModule],
})
export class RateLimitModule {}
