// What a government web page puts around a plan: its metadata panel ("索引号：| … | 发布机构：| …",
// "发文机关 X 成文日期 Y", "• 发文字号：\n镇政发〔2024〕7号") and its chrome ("当前位置：首页 > 政务公开",
// "【字体：大 中 小】", "返回顶部"). The panel gives 文号, issuer and dates as labelled values; the
// chrome is nothing. Both are kept out of the title, issuer, date and preamble searches.
import type { Block } from '../document/block.js';
import { isPageChrome } from '../text/page-chrome.js';

export type FieldRole = 'issuer' | 'docNumber' | 'date' | 'publishDate' | 'title' | 'source' | 'other';

// Labels after normalisation (the spaces of "索 引 号" and "标  题" are gone). `loose` labels are
// common words, read as a label only when a separator follows ("时间：…", not "时间节点…").
const FIELD_LABELS: { label: string; role: FieldRole; loose?: boolean }[] = [
  ...['发文机关', '发文机构', '发文单位', '发布机构', '发布单位', '制发机关', '成文机关', '发文部门'].map((label) => ({ label, role: 'issuer' as const })),
  { label: '发布', role: 'issuer', loose: true }, // "• 发布：湖州卫生健康委"
  ...['发文字号', '发文文号', '文件编号', '文号'].map((label) => ({ label, role: 'docNumber' as const })),
  // the date the document was signed
  ...['成文日期', '成文时间', '发文日期', '发文时间', '颁布日期', '颁布时间', '印发日期', '签发日期'].map((label) => ({ label, role: 'date' as const })),
  // the date the page went up: a fallback only
  ...['发布日期', '发布时间', '公开日期', '公开时间', '公开日', '发表时间', '发表日期', '上传时间', '更新时间'].map((label) => ({ label, role: 'publishDate' as const })),
  // the office that put the text up ("信息来源：芜湖市教育局", "来源：苍南县人民政府办公室"): the issuer
  // when nothing better names it, and only when it is an office of a place (not "本网", "宣传部")
  ...['信息来源', '文章来源', '稿件来源', '新闻来源'].map((label) => ({ label, role: 'source' as const })),
  { label: '来源', role: 'source', loose: true },
  { label: '时间', role: 'publishDate', loose: true },
  { label: '日期', role: 'publishDate', loose: true },
  ...['文件名称', '标题', '名称'].map((label) => ({ label, role: 'title' as const, loose: label !== '文件名称' })),
  ...[
    '索引号', '主题分类', '所属主题', '组配分类', '体裁分类', '服务对象', '有效性', '时效性', '生效日期', '施行日期',
    '实施日期', '废止日期', '失效日期', '失效时间', '主题词', '关键词', '公开方式', '公开范围', '信息来源', '浏览次数',
    '浏览量', '点击数', '内容概述', '所属机构', '阅读次数', '阅读量', '访问量', '责任编辑', '著录日期',
  ].map((label) => ({ label, role: 'other' as const })),
  ...['作者', '字号', '点击', '分类', '编号', '编辑', '审核'].map((label) => ({ label, role: 'other' as const, loose: true })),
];

const SEPARATOR = '[：:|｜]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = [...FIELD_LABELS].sort((a, b) => b.label.length - a.label.length);
// one alternation, longest label first; each label either loose (needs a separator) or strict
const LABEL_AT = new RegExp(
  byLength.map(({ label, loose }) => (loose ? `${escape(label)}\\s*${SEPARATOR}` : `${escape(label)}\\s*${SEPARATOR}?`)).join('|'),
  'g',
);
// a line of the panel opens with a label, after a bullet or a table bar
const LEADING = /^[\s•·●◆■▪|｜]*/;

export interface FieldValue {
  role: FieldRole;
  value: string;
  index: number;
}

export interface HeaderFields {
  values: FieldValue[];
  /** indexes of header blocks that are panel or chrome lines */
  skipped: Set<number>;
}

/** A chrome line of a page's header (text/page-chrome.ts, its loose rows included). */
export function isChrome(text: string): boolean {
  return isPageChrome(text, true);
}

// "[ 索引号 ] 1150…/2024-00029 [ 发文字号 ] 丙府办发〔2024〕6号", "【发布机构】丙县政府": a key in square
// brackets is a label like "索引号：" (a bracket holding digits, "[2022]", is part of a 文号)
const BRACKETED_KEY = /[\[［【]\s*([\u4e00-\u9fff]{2,6})\s*[\]］】]\s*/g;

/** The labelled values of one panel line, or null when the line does not open with a label. */
function lineFields(text: string): { role: FieldRole; value: string }[] | null {
  const line = text.replace(LEADING, '').replace(BRACKETED_KEY, '$1：');
  if (line.length > 200) return null;
  const labels = [...line.matchAll(LABEL_AT)];
  if (labels[0]?.index !== 0) return null;
  return labels.map((match, position) => {
    const start = match.index! + match[0].length;
    const end = labels[position + 1]?.index ?? line.length;
    const label = match[0].replace(/[\s：:|｜]/g, '');
    const role = FIELD_LABELS.find((field) => field.label === label)?.role ?? 'other';
    return { role, value: line.slice(start, end).replace(/^[\s|｜：:]+|[\s|｜]+$/g, '') };
  });
}

/** A line of a metadata panel or of page chrome: never a title, an issuer or a date of the plan. */
export function isPanelOrChrome(text: string): boolean {
  return lineFields(text.trim()) !== null || isChrome(text);
}

// A value on the line after its label must look like one: "字号：" (font size) followed by the title
// is no field at all.
const VALUE_SHAPE: Record<FieldRole, RegExp> = {
  issuer: /^[^，。；：:\s]{2,30}$/,
  docNumber: /^[^，。；：:]{1,20}[〔［\[（(【]\d{4}[〕］\]）)】]\s*(?:第\s*)?\d{1,4}\s*号$/,
  date: /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}/,
  publishDate: /^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}/,
  title: /^[^。；]{4,80}$/,
  source: /^[^，。；：:\s]{2,30}$/,
  other: /^[\x21-\x7e][\x20-\x7e]*$/, // "6107280000/2024-001005"
};

/** Panel values and chrome lines of a plan's header. */
export function readHeaderFields(header: Block[]): HeaderFields {
  const values: FieldValue[] = [];
  const skipped = new Set<number>();
  let awaiting: FieldRole | null = null;
  header.forEach((block, index) => {
    const text = block.content.text.trim();
    const fields = lineFields(text);
    if (fields) {
      skipped.add(index);
      fields.filter((field) => field.value !== '').forEach((field) => values.push({ ...field, index }));
      // "• 发文字号：" with its value on the next line
      const last = fields[fields.length - 1]!;
      awaiting = last.value === '' ? last.role : null;
    } else if (isChrome(text)) {
      skipped.add(index);
    } else if (awaiting !== null) {
      const value = text.replace(LEADING, '');
      if (VALUE_SHAPE[awaiting].test(value)) {
        values.push({ role: awaiting, value, index });
        skipped.add(index);
      }
      awaiting = null;
    }
  });
  return { values, skipped };
}

export function fieldValues(fields: HeaderFields, role: FieldRole): string[] {
  return fields.values.filter((field) => field.role === role).map((field) => field.value);
}
