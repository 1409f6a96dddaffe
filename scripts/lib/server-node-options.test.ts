import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths.ts';
import { serverNodeOptions } from './server-node-options.ts';

describe('the server Node options', () => {
  it('are the ones `npm start` runs the server with', () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(scripts.start).toBe(`node ${serverNodeOptions.join(' ')} scripts/start.ts`);
  });
});
