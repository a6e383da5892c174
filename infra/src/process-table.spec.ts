import { spawn } from 'node:child_process';
import { descendantsOf, isAlive, readProcess, signalProcess } from './process-table';
import { delay } from './supervisor/wait-until-ready';

describe(descendantsOf.name, () => {
  it('finds children and grandchildren, and isAlive follows them', async () => {
    const shell = spawn('sh', ['-c', 'sleep 30 & sleep 30 & wait'], { stdio: 'ignore' });
    const pid = shell.pid ?? 0;
    await delay(200);

    const descendants = descendantsOf(pid);

    expect(descendants).toHaveLength(2);
    expect(descendants.map((child) => readProcess(child)?.cmdline)).toEqual([
      'sleep 30',
      'sleep 30',
    ]);
    for (const child of descendants) {
      signalProcess(child, 'SIGKILL');
    }
    await new Promise((resolve) => shell.once('exit', resolve));
    expect([pid, ...descendants].filter(isAlive)).toEqual([]);
    expect(() => {
      signalProcess(pid, 'SIGTERM');
    }).not.toThrow();
  });
});
