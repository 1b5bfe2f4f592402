// The output contract (../shared/CONTRACT.md). This file is the single source of truth:
// the TypeScript types are inferred from it and schemas/plan.schema.json is generated from it.
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

export const SpanSchema = z.object({
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  page: z.number().int().min(1).nullable(),
});

/**
 * Where a value stands in the source lines, to the character: columns are UTF-16 offsets in the line
 * (0-based) and the end is exclusive, as in String.prototype.slice; the lines are the file's for text,
 * markdown and tab-tables, the reader's for other formats (see CONTRACT.md). Grounding fields added
 * after schema version 1 was first published are optional, so older PlanFiles still load; the tool
 * always writes them.
 */
export const SourceSpanSchema = z.object({
  startLine: z.number().int().min(1),
  startColumn: z.number().int().min(0),
  endLine: z.number().int().min(1),
  endColumn: z.number().int().min(0),
  page: z.number().int().min(1).nullable(),
  /** each line's share when the value covers several: a PDF table cell runs down its column */
  pieces: z
    .array(z.object({ line: z.number().int().min(1), startColumn: z.number().int().min(0), endColumn: z.number().int().min(0) }))
    .optional(),
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable(),
});

export const ResponsibilitySchema = z.object({
  /** 牵头单位 / 牵头部门 */
  lead: z.array(z.string()),
  /** 责任单位 / 配合单位 / unmarked lists */
  support: z.array(z.string()),
  /** lead then support, no duplicates */
  units: z.array(z.string()),
  /** the text as written, before splitting and prefix inheritance */
  raw: z.string().nullable(),
  line: z.number().int().min(1).nullable(),
  /** the span of `raw` */
  span: SourceSpanSchema.nullable().optional(),
});

export const DeadlineSchema = z.object({
  text: z.string(),
  date: z.string().nullable(),
  kind: z.enum(['by', 'ongoing', 'recurring', 'period']),
  line: z.number().int().min(1),
  /** the span of `text` */
  span: SourceSpanSchema.optional(),
});

export const TargetSchema = z.object({
  text: z.string(),
  metric: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  comparator: z.enum(['>=', '>', '<=', '<', '=', '~']),
  deadline: z.string().nullable(),
  aspirational: z.boolean(),
  line: z.number().int().min(1),
  /** the PDF page of that line; null for formats without pages */
  page: z.number().int().min(1).nullable().optional(),
  /** the span of `text` */
  span: SourceSpanSchema.optional(),
});

export interface Section {
  id: string;
  path: string;
  level: number;
  marker: string;
  ordinal: number;
  title: string;
  /** the span of `title` */
  titleSpan?: z.infer<typeof SourceSpanSchema>;
  text: string;
  span: z.infer<typeof SpanSchema>;
  responsibility: z.infer<typeof ResponsibilitySchema>;
  deadlines: z.infer<typeof DeadlineSchema>[];
  targets: z.infer<typeof TargetSchema>[];
  children: Section[];
}

// Recursive, so the interface above is the one place zod cannot infer for us.
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string(),
    path: z.string(),
    level: z.number().int().min(1),
    marker: z.string(),
    ordinal: z.number().int(),
    title: z.string(),
    titleSpan: SourceSpanSchema.optional(),
    text: z.string(),
    span: SpanSchema,
    responsibility: ResponsibilitySchema,
    deadlines: z.array(DeadlineSchema),
    targets: z.array(TargetSchema),
    children: z.array(SectionSchema),
  }).meta({ id: 'Section', description: 'one heading or numbered item of the outline' }),
);

export const ReferenceSchema = z.object({
  title: z.string(),
  docNumber: z.string().nullable(),
});

export const PlanSchema = z.object({
  id: z.string(),
  part: z.string().nullable(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  references: z.array(ReferenceSchema),
  preamble: z.string(),
  sections: z.array(SectionSchema),
});

export const SourceFormatSchema = z.enum(['markdown', 'text', 'table', 'docx', 'pdf', 'html', 'doc']);
export const EncodingSchema = z.enum(['utf-8', 'gb18030', 'utf-16le', 'utf-16be']).nullable();
export const ScriptSchema = z.enum(['simplified', 'traditional', 'mixed']);

export const SourceSchema = z.object({
  path: z.string(),
  format: SourceFormatSchema,
  sha256: z.string(),
  bytes: z.number().int().min(0),
  encoding: EncodingSchema,
  script: ScriptSchema,
  pages: z.number().int().min(0).nullable(),
});

export const PlanFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('plan-extract'), version: z.string() }),
  source: SourceSchema,
  plans: z.array(PlanSchema),
  diagnostics: z.array(DiagnosticSchema),
});

const FieldChangeSchema = z.object({
  field: z.string(),
  old: z.unknown().optional(),
  new: z.unknown().optional(),
  added: z.array(z.string()).optional(),
  removed: z.array(z.string()).optional(),
});

export const DiffChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed', 'moved']),
  oldPath: z.string().nullable(),
  newPath: z.string().nullable(),
  title: z.string(),
  fields: z.array(FieldChangeSchema),
});

export const DiffReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  old: z.object({ path: z.string(), sha256: z.string() }),
  new: z.object({ path: z.string(), sha256: z.string() }),
  summary: z.object({
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    moved: z.number().int(),
    unchanged: z.number().int(),
  }),
  changes: z.array(DiffChangeSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type SourceFormat = z.infer<typeof SourceFormatSchema>;
export type Encoding = z.infer<typeof EncodingSchema>;
export type Script = z.infer<typeof ScriptSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type PlanFile = z.infer<typeof PlanFileSchema>;
export type DiffChange = z.infer<typeof DiffChangeSchema>;
export type DiffReport = z.infer<typeof DiffReportSchema>;
