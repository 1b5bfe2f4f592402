import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { TOOL_VERSION } from '../src/version.js';

it('reports the package version', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
