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

/**
 * Whether a listener could bind `host`:`port` right now (127.0.0.1 unless told). An address this
 * machine does not have (no IPv6 loopback, say) cannot be in use, so it counts as free.
 */
export function isPortFree(port: number, host: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        resolve(false);
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') {
        resolve(true);
      } else {
        reject(error);
      }
    });
    server.listen({ host, port, exclusive: true }, () => {
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
