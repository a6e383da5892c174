import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Wakes outbox workers the moment a change commits (Postgres LISTEN/NOTIFY), so a published
 * opportunity is searchable in milliseconds rather than after the next poll. Polling remains the
 * safety net: a lost notification or a dropped connection only costs latency, never data.
 */
@Injectable()
export class OutboxWakeUp implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWakeUp.name);
  private client: Client | undefined;
  private readonly listeners = new Set<() => void>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly config: AppConfig) {}

  /** Calls `listener` after every commit that wrote outbox rows. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
    if (!this.client) void this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'akselerator-outbox',
    });
    this.client = client;
    client.on('notification', () => {
      for (const listener of this.listeners) listener();
    });
    client.on('error', (error) => {
      this.reconnectLater(error);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.reconnectLater(error);
    }
  }

  private reconnectLater(error: unknown): void {
    if (this.closed || this.reconnectTimer) return;
    this.logger.warn({
      msg: 'outbox notifications lost; polling until reconnected',
      err: (error as Error).message,
    });
    void this.client?.end().catch(() => undefined);
    this.client = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.closed) void this.connect();
    }, 2_000);
  }
}
