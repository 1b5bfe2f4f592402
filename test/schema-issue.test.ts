// The pipeline checks its PlanFile against the schema plan by plan (a whole parse copies every plan);
// the first issue it reports is the one a whole parse reports first.
import { describe, expect, it } from 'vitest';
import { extractFileInThread, PlanFileSchema, type PlanFile } from '../src/index.js';
import { firstSchemaIssue } from '../src/pipeline.js';
import { CORPUS } from './helpers.js';

const wholeParseIssue = (planFile: unknown) => {
  const checked = PlanFileSchema.safeParse(planFile);
  return checked.success ? null : { path: checked.error.issues[0]!.path, message: checked.error.issues[0]!.message };
};

describe('firstSchemaIssue', () => {
  it.each<[string, (planFile: PlanFile) => unknown]>([
    ['a valid PlanFile', (planFile) => planFile],
    ['a bad schema version', (planFile) => ({ ...planFile, schemaVersion: '0' })],
    ['a plan without a title', (planFile) => ({ ...planFile, plans: [planFile.plans[0], { ...planFile.plans[1], title: 7 }] })],
    ['a bad section deep in the second plan', (planFile) => ({ ...planFile, plans: [planFile.plans[0], { ...planFile.plans[1], sections: [{ ...planFile.plans[1]!.sections[0], children: [{}] }] }] })],
    ['a bad diagnostic', (planFile) => ({ ...planFile, diagnostics: [{ severity: 'loud' }] })],
    ['a bad source and a bad plan: the source first', (planFile) => ({ ...planFile, source: {}, plans: [{}] })],
  ])('%s', async (_name, change) => {
    const planFile = await extractFileInThread(CORPUS.compilation);
    expect(planFile.plans.length).toBeGreaterThan(1);
    const changed = change(planFile) as PlanFile;
    expect(firstSchemaIssue(changed)).toEqual(wholeParseIssue(changed));
  });
});
