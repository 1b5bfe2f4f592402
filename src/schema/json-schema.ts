// schemas/plan.schema.json is generated from the zod contract (npm run schema); a test fails when
// the checked-in file is stale.
import { z } from 'zod';
import { DiffReportSchema, PlanFileSchema } from './contract.js';

export function planFileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://plan-extract.invalid/schemas/plan.schema.json',
    title: 'plan-extract PlanFile (schema version 1)',
    ...z.toJSONSchema(PlanFileSchema, { target: 'draft-2020-12', cycles: 'ref', reused: 'inline' }),
  };
}

export function diffReportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://plan-extract.invalid/schemas/diff.schema.json',
    title: 'plan-extract DiffReport (schema version 1)',
    ...z.toJSONSchema(DiffReportSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}

export function serializeSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
