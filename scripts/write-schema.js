// Regenerates schemas/*.schema.json from the zod contract (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { diffReportJsonSchema, planFileJsonSchema, serializeSchema } from '../dist/schema/json-schema.js';

writeFileSync(new URL('../schemas/plan.schema.json', import.meta.url), serializeSchema(planFileJsonSchema()));
writeFileSync(new URL('../schemas/diff.schema.json', import.meta.url), serializeSchema(diffReportJsonSchema()));
console.log('wrote schemas/plan.schema.json and schemas/diff.schema.json');
