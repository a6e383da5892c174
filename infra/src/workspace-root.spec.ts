import { existsSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './workspace-root';

describe(workspaceRoot.name, () => {
  it('is the folder with nx.json, above infra/', () => {
    const sut = workspaceRoot();

    expect(existsSync(path.join(sut, 'nx.json'))).toBe(true);
    expect(path.join(sut, 'infra', 'src')).toBe(__dirname);
  });
});
