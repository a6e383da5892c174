import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  ConnectedSocket,
  MessageBody,
} from '@nestjs/websockets';
import type { Subscription } from 'rxjs';
import type { Server, Socket } from 'socket.io';
import { AppConfig } from '../config/app-config';
import { hashToken, SessionService } from '../identity/session.service';
import type { Notification } from './notification.entity';
import { NotificationsReader } from './notifications.reader';

interface SocketData {
  accountId: string;
  tokenHash: string;
}

export const roomOf = (accountId: string): string => `account:${accountId}`;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function toWire(notification: Notification): {
  id: string;
  kind: string;
  text: string;
  bookingId: string | null;
  applicationId: string | null;
  createdAt: string;
} {
  return {
    id: notification.id,
    kind: notification.kind,
    text: notification.text,
    bookingId: notification.bookingId,
    applicationId: notification.applicationId,
    createdAt: notification.createdAt.toISOString(),
  };
}

/**
 * Live delivery. A connection is authenticated in socket.io's middleware with the same session
 * cookie as GraphQL and a checked Origin (no session, no connection), joins one room per user,
 * and is closed when that session signs out.
 */
@WebSocketGateway({ path: '/socket.io', transports: ['websocket'] })
export class NotificationsGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsGateway.name);
  @WebSocketServer() private server!: Server;
  private signOuts: Subscription | undefined;

  constructor(
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
    private readonly reader: NotificationsReader,
  ) {}

  afterInit(server: Server): void {
    const allowed = new Set(this.config.WEB_ORIGINS.split(',').map((origin) => origin.trim()));
    server.use((socket, next) => {
      const origin = socket.handshake.headers.origin;
      if (!origin || !allowed.has(origin)) {
        next(new Error('FORBIDDEN_ORIGIN'));
        return;
      }
      const token = cookieValue(socket.handshake.headers.cookie, this.sessions.cookieName);
      this.sessions.accountFor(token).then(
        (account) => {
          if (!account || !token) {
            next(new Error('UNAUTHENTICATED'));
            return;
          }
          const data: SocketData = { accountId: account.id, tokenHash: hashToken(token) };
          Object.assign(socket.data as object, data);
          next();
        },
        (error: unknown) => {
          this.logger.warn({ msg: 'socket authentication failed', err: (error as Error).message });
          next(new Error('TRY_AGAIN'));
        },
      );
    });
    this.signOuts = this.sessions.ended$.subscribe(({ accountId, tokenHash }) => {
      void server
        .in(roomOf(accountId))
        .fetchSockets()
        .then((sockets) => {
          for (const socket of sockets) {
            if ((socket.data as SocketData).tokenHash === tokenHash) socket.disconnect(true);
          }
        });
    });
  }

  async handleConnection(socket: Socket): Promise<void> {
    await socket.join(roomOf((socket.data as SocketData).accountId));
  }

  /** The client sends the last id it saw and gets everything after it, in order (an ack). */
  @SubscribeMessage('catch-up')
  async catchUp(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: { afterId?: unknown },
  ): Promise<ReturnType<typeof toWire>[]> {
    const afterId =
      typeof body.afterId === 'string' && /^\d{1,18}$/.test(body.afterId) ? body.afterId : null;
    const missed = await this.reader.after((socket.data as SocketData).accountId, afterId);
    return missed.map(toWire);
  }

  emitTo(accountId: string, notification: Notification): void {
    this.server.to(roomOf(accountId)).emit('notification', toWire(notification));
  }

  onModuleDestroy(): void {
    this.signOuts?.unsubscribe();
  }
}
