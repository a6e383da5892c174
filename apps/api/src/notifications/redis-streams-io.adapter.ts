import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * socket.io over Redis Streams: an event emitted on one API instance reaches sockets connected to
 * any other. Streams (not pub/sub) so a briefly disconnected instance catches up.
 */
export class RedisStreamsIoAdapter extends IoAdapter {
  private readonly client: ReturnType<typeof createClient>;

  constructor(app: INestApplicationContext, redisUrl: string) {
    super(app);
    this.client = createClient({ url: redisUrl });
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options);
    server.adapter(createAdapter(this.client));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    if (this.client.isOpen) await this.client.quit();
  }
}
