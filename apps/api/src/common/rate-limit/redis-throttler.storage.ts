import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import { createClient } from 'redis';
import { AppConfig } from '../../config/app-config';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One sliding window per key in a sorted set (a member per hit, scored by Redis's own clock, so
 * instances with skewed clocks agree), and a block marker once the limit is passed. Atomic in one
 * script. Returns [hits, seconds until the window frees a hit, blocked 0/1, seconds blocked].
 */
const INCREMENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local block = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
local blockedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if blockedUntil > now then
  return { redis.call('ZCARD', KEYS[1]), math.ceil(ttl / 1000), 1, math.ceil((blockedUntil - now) / 1000) }
end
redis.call('ZADD', KEYS[1], now, now .. '-' .. ARGV[4])
redis.call('PEXPIRE', KEYS[1], ttl)
local hits = redis.call('ZCARD', KEYS[1])
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local toExpire = math.ceil((tonumber(oldest[2]) + ttl - now) / 1000)
if hits > limit and block > 0 then
  redis.call('SET', KEYS[2], now + block, 'PX', block)
  return { hits, toExpire, 1, math.ceil(block / 1000) }
end
return { hits, toExpire, 0, 0 }
`;

/**
 * Rate-limit counters in Redis when REDIS_URL is set, so every API instance counts the same
 * attempts; in this instance's memory otherwise. Built on the `redis` client the socket.io adapter
 * already uses. If Redis cannot answer, counting falls back to memory (and says so in the log)
 * rather than refusing everyone.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly client: ReturnType<typeof createClient> | undefined;
  private readonly memory = new ThrottlerStorageService();
  private readonly prefix = 'aks:throttle:';
  private connecting: Promise<unknown> | undefined;
  private sequence = 0;

  constructor(config: AppConfig) {
    if (!config.REDIS_URL) return;
    this.client = createClient({
      url: config.REDIS_URL,
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (retries) => Math.min(retries * 200, 5_000),
      },
      disableOfflineQueue: true,
    });
    this.client.on('error', (error: unknown) => {
      this.logger.warn({ msg: 'Redis for rate limits', error: String(error) });
    });
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    if (!this.client) return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
    try {
      this.connecting ??= this.client.connect();
      await this.connecting;
      const base = `${this.prefix}${throttlerName}:${key}`;
      const reply = (await this.client.eval(INCREMENT, {
        keys: [`${base}:hits`, `${base}:blocked`],
        arguments: [
          String(ttl),
          String(limit),
          String(blockDuration),
          `${process.pid}-${++this.sequence}-${Math.random().toString(36).slice(2)}`,
        ],
      })) as number[];
      const [totalHits = 0, timeToExpire = 0, blocked = 0, timeToBlockExpire = 0] = reply;
      return { totalHits, timeToExpire, isBlocked: blocked === 1, timeToBlockExpire };
    } catch (error) {
      this.logger.warn({
        msg: 'Rate limits counted in memory: Redis did not answer',
        error: error instanceof Error ? error.message : String(error),
      });
      return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.memory.onApplicationShutdown();
    if (this.client?.isOpen) await this.client.quit();
  }
}
