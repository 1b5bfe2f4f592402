import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffReportJsonSchema, planFileJsonSchema, serializeSchema } from '../../src/schema/json-schema.js';
import { PlanFileSchema } from '../../src/schema/contract.js';

describe('schemas/*.schema.json', () => {
  it.each([
    ['schemas/plan.schema.json', planFileJsonSchema],
    ['schemas/diff.schema.json', diffReportJsonSchema],
  ])('%s is what the zod contract generates (run `npm run build && npm run schema` after changing it)', (path, generate) => {
    expect(readFileSync(path, 'utf8')).toBe(serializeSchema(generate()));
  });

  it('rejects a PlanFile that breaks the contract', () => {
    const broken = { schemaVersion: '1', tool: { name: 'plan-extract', version: '0.1.0' }, plans: [], diagnostics: [] };
    expect(PlanFileSchema.safeParse(broken).success).toBe(false);
  });
});
