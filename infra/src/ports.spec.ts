import net from 'node:net';
import { InfraErrorCode } from './infra-exception';
import { assertPortFree, findFreePort, isPortFree } from './ports';

function listen(port: number, host: string): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve(server);
    });
  });
}

describe(findFreePort.name, () => {
  it('returns a port nothing listens on', async () => {
    const port = await findFreePort();

    expect(port).toBeGreaterThan(1024);
    expect(await isPortFree(port)).toBe(true);
  });
});

describe(isPortFree.name, () => {
  it.each(['127.0.0.1', '0.0.0.0'])('sees a listener on %s', async (host) => {
    const server = await listen(0, host);
    const { port } = server.address() as net.AddressInfo;
    try {
      expect(await isPortFree(port)).toBe(false);
    } finally {
      server.close();
    }
  });
});

describe(`${isPortFree.name} on another address`, () => {
  it('sees a listener on the IPv6 loopback when asked there', async () => {
    const server = await listen(0, '::1').catch((error: unknown) => {
      // A machine without IPv6 has nothing to check here.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return null;
      throw error;
    });
    if (!server) return;
    const { port } = server.address() as net.AddressInfo;
    try {
      expect(await isPortFree(port, '::1')).toBe(false);
    } finally {
      server.close();
    }
  });

  it('counts an address this machine does not have as free', async () => {
    // 192.0.2.0/24 is reserved for documentation: no machine has it.
    expect(await isPortFree(await findFreePort(), '192.0.2.1')).toBe(true);
  });
});

describe(assertPortFree.name, () => {
  it('names the service and the port', async () => {
    const server = await listen(0, '127.0.0.1');
    const { port } = server.address() as net.AddressInfo;
    try {
      await expect(assertPortFree(port, 'Postgres')).rejects.toMatchObject({
        code: InfraErrorCode.PORT_IN_USE,
        message: `Postgres: port ${port} on 127.0.0.1 is already in use (choose another port or stop what listens there)`,
      });
    } finally {
      server.close();
    }
  });
});
