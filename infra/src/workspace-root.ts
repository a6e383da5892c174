import { existsSync } from 'node:fs';
import path from 'node:path';

/** The monorepo root (the folder holding nx.json), found from this file's location. */
export function workspaceRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, 'nx.json'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`@akselerator/infra: no nx.json found above ${__dirname}`);
    }
    dir = parent;
  }
}
