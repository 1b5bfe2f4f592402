// Small builders for hand-made PlanFiles, so matching and reporting can be tested without the
// extraction pipeline. Only what a test states differs from an empty section.
import type { Deadline, Plan, PlanFile, Section, Target } from '../../src/schema/contract.js';
import type { DiffSide } from '../../src/diff/index.js';

export interface SectionSpec {
  path: string;
  title: string;
  text?: string;
  units?: string[];
  lead?: string[];
  deadlines?: Array<Partial<Deadline> & { date: string | null }>;
  targets?: Array<Partial<Target> & { metric: string; value: number | string }>;
  children?: SectionSpec[];
}

export function section(spec: SectionSpec, level = 1): Section {
  const segments = spec.path.split('/');
  const lead = spec.lead ?? [];
  const support = (spec.units ?? []).filter((unit) => !lead.includes(unit));
  return {
    id: `p1.${spec.path}`,
    path: spec.path,
    level,
    marker: segments[segments.length - 1] ?? '',
    ordinal: 1,
    title: spec.title,
    text: spec.text ?? '',
    span: { startLine: 1, endLine: 1, page: null },
    responsibility: { lead, support, units: [...lead, ...support], raw: null, line: null },
    deadlines: (spec.deadlines ?? []).map((deadline) => ({ text: deadline.date ?? '持续推进', kind: 'by', line: 1, ...deadline })),
    targets: (spec.targets ?? []).map((target) => ({
      text: `${target.metric}达到${target.value}${target.unit ?? '%'}`,
      unit: '%',
      comparator: '>=',
      deadline: null,
      aspirational: false,
      line: 1,
      page: null,
      ...target,
    })),
    children: (spec.children ?? []).map((child) => section(child, level + 1)),
  };
}

export function plan(sections: SectionSpec[], extra: Partial<Plan> = {}): Plan {
  return {
    id: 'p1',
    part: null,
    title: '某市推动公立医院高质量发展实施方案',
    docNumber: null,
    issuer: null,
    issuedOn: null,
    references: [],
    preamble: '',
    sections: sections.map((spec) => section(spec)),
    ...extra,
  };
}

export function planFile(plans: Plan[]): PlanFile {
  return {
    schemaVersion: '1',
    tool: { name: 'plan-extract', version: '0.1.0' },
    source: { path: 'x.txt', format: 'text', sha256: '0'.repeat(64), bytes: 1, encoding: 'utf-8', script: 'simplified', pages: null },
    plans,
    diagnostics: [],
  };
}

export function side(name: string, plans: Plan[]): DiffSide {
  return { path: name, sha256: '0'.repeat(64), planFile: planFile(plans) };
}

/** Five distinct work items, long enough to be told apart as real ones are. */
export const ITEMS: SectionSpec[] = [
  { path: '1', title: '建设区域医疗卫生高地', text: '借助援疆力量，建设心血管、肿瘤、呼吸等重点专科，到2025年三级医院达到3家。', units: ['州卫生健康委'] },
  { path: '2', title: '推进医疗联合体建设', text: '组建城市医疗集团和县域医共体，实现县域内就诊率达到90%以上，基层首诊逐步落实。', units: ['州卫生健康委', '州医保局'] },
  { path: '3', title: '加强临床专科能力', text: '实施临床重点专科建设项目，每年新增州级重点专科5个，提升疑难重症诊治能力。', units: ['州卫生健康委'] },
  { path: '4', title: '推动智慧医院建设', text: '推进电子病历、智慧服务、智慧管理三位一体的智慧医院建设，二级以上医院全部接入平台。', units: ['州发展改革委'] },
  { path: '5', title: '健全公共卫生应急体系', text: '完善传染病救治网络，县级医院设置感染性疾病科，提升突发事件应急处置能力。', units: ['州疾控中心'] },
];
