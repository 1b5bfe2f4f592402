import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSide, looksLikeJson, parsePlanFile } from '../../src/diff/load.js';
import { PlanExtractError } from '../../src/schema/errors.js';
import { ITEMS, plan, planFile } from './builders.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-diff-load-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const VALID = JSON.stringify(planFile([plan(ITEMS)]));

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'resolved';
  } catch (error) {
    return error instanceof PlanExtractError ? `${error.code}: ${error.message}` : String(error);
  }
}

describe('loading a side', () => {
  it.each([
    ['a .json name', 'old.json', '', true],
    ['a "{" first', 'old.out', '  {"schemaVersion"', true],
    ['a "{" after a BOM', 'old.out', '\ufeff{', true],
    ['a text document', 'old.txt', '关于印发', false],
  ])('recognises JSON by %s', (_name, path, head, expected) => {
    expect(looksLikeJson(path, new TextEncoder().encode(head))).toBe(expected);
  });

  it('reads a PlanFile under any name', async () => {
    const side = await loadSide(file('plan.out', VALID), {});
    expect(side.planFile.plans[0]!.sections).toHaveLength(5);
    expect(side.sha256).toBe('0'.repeat(64));
  });

  it.each([
    ['unparsable .json', 'broken.json', '{"schemaVersion": ', /^E_INVALID_JSON: not valid JSON: /],
    ['JSON that is not a PlanFile', 'other.json', '{"name": "x"}', /^E_INVALID_JSON: JSON but not a PlanFile: at schemaVersion: /],
    [
      'a PlanFile with a broken section',
      'section.json',
      VALID.replace('"path":"2"', '"path":2'),
      /^E_INVALID_JSON: JSON but not a PlanFile: at plans\.0\.sections\.1\.path: /,
    ],
  ])('refuses %s with E_INVALID_JSON and where it failed', async (_name, name, content, expected) => {
    expect(await codeOf(loadSide(file(name, content), {}))).toMatch(expected);
  });

  it('a non-JSON text starting with "{" under another name is not refused as JSON', () => {
    expect(parsePlanFile('{一}、总体要求', 'x.txt', false)).toBeNull();
  });
});
