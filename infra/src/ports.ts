import net from 'node:net';
import { InfraErrorCode, InfraException } from './infra-exception';

/** Every embedded service listens on the loopback interface only. */
export const LOOPBACK = '127.0.0.1';

/** A port on 127.0.0.1 that nothing listens on right now (the kernel picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Whether a listener could bind 127.0.0.1:`port` right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        resolve(false);
      } else {
        reject(error);
      }
    });
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

/** Throws PORT_IN_USE naming `what` (e.g. "Postgres") when the port is taken. */
export async function assertPortFree(port: number, what: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw portInUse(port, what);
  }
}

export function portInUse(port: number, what: string): InfraException {
  return new InfraException(
    InfraErrorCode.PORT_IN_USE,
    `${what}: port ${port} on ${LOOPBACK} is already in use (choose another port or stop what listens there)`,
  );
}
