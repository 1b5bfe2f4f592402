// The vocabulary of work-list table headers (工作清单: 序号 / 工作任务 / 具体措施 / 责任单位 / 完成时限),
// in whatever order and wording an office uses. Readers that find tables by layout (PDF), the
// normaliser that recovers tables laid out as text, and the outline that turns rows into items share
// this one table of header words.

export type ColumnRole =
  | 'serial'
  | 'title'
  | 'text'
  | 'lead'
  | 'support'
  | 'units'
  | 'deadline'
  /** 责任领导 / 分管领导: names of persons, never units */
  | 'persons'
  /** 指标 / 类别 / 领域: a grouping word written in the row's first line only */
  | 'category'
  /** 备注 / 说明 */
  | 'remark'
  /** 进展情况 / 工作评价 / "2024年1-3月份进度安排": a report on the work, not the plan's own words */
  | 'progress';

// "2023年10-12月份进展情况", "2024年1-3月份进度安排", "第四季度完成情况": a period's report
const REPORT_PERIOD = /\d{1,2}\s*[-—~至]\s*\d{1,2}月|[一二三四1-4]季度/;

// First matching row wins (order matters: 牵头领导 is a person before it is a lead, 项目类别 a
// category before it is a task); the examples are header cells seen in real work lists.
const HEADER_ROLES: { role: ColumnRole; pattern: RegExp; example: string }[] = [
  { role: 'serial', pattern: /^(?:序号|编号|序|No\.?)$/i, example: '序号' },
  { role: 'remark', pattern: /^(?:备注|说明|附注|其他)$/, example: '备注' },
  {
    role: 'progress',
    // "是否达到序时进度", "是否按期完成": a yes/no column of a progress report
    pattern: /进展|进度情况|完成情况|落实情况|推进情况|办理情况|整改情况|评价|成效|存在问题|下一步|佐证|完成率|状态|^是否/,
    example: '进展情况 / 工作评价 / 存在问题及下一步工作建议 / 完成状态 / 是否达到序时进度',
  },
  // "责任单位及责任人" names units first: a units column
  { role: 'persons', pattern: /^(?!.*(?:单位|部门|主体)).*(?:领导|责任人|负责人|联系人|包保|包抓|领衔|干部)/, example: '责任领导 / 分管领导 / 县领导 / 责任人' },
  { role: 'deadline', pattern: /时限|时间|期限|节点|进度安排|完成日期|进度要求|年限/, example: '完成时限 / 时间节点 / 进度安排 / 建设起止年限' },
  { role: 'lead', pattern: /牵头|主责|主办|主要责任/, example: '牵头单位 / 牵头责任单位 / 主要责任单位' },
  { role: 'support', pattern: /配合|协办|协助|参与|协同|协作/, example: '配合单位 / 协同配合单位' },
  {
    role: 'category',
    pattern: /^(?:(?:[一二三]级)?指标|类别|分类|领域|类型|板块|方面|(?:项目|任务|工作|重点)(?:类别|分类|领域)|所属领域)$/,
    example: '指标 / 类别 / 重点领域',
  },
  // 责任 names a units column as 责任单位, 责任主体, 责任分工, 主体责任; "责任体系", "责任落实" are tasks' words
  {
    role: 'units',
    pattern: /单位|部门|股室|科室|处室|承办|(?:实施|落实|工作|执行|承担)主体|责任(?:主体|分工|方)?$|^责任(?:主体|分工|方)/,
    example: '责任单位 / 责任股室 / 主体责任单位 / 责任主体 / 责任分工 / 落实主体 / 责任主体及责任人',
  },
  { role: 'text', pattern: /措施|举措|内容|要求|目标|标准|具体|路径|计划/, example: '具体措施 / 工作内容 / 年度阶段性工作目标' },
  { role: 'title', pattern: /任务|事项|项目|工作|名称|指标/, example: '工作任务 / 重点工作 / 考核指标' },
];

// Roles one table holds once: a second 任务 column is not a second title.
const SINGLE: ReadonlySet<ColumnRole> = new Set(['serial', 'title', 'deadline']);

/** The longest header cell read: a longer cell is a row's content, not a column name. */
const MAX_HEADER_CELL = 20;

/** The role one header cell names, or null; `taken` holds the single roles already given out. */
function cellRole(cell: string, taken: ReadonlySet<ColumnRole>): ColumnRole | null {
  // "责任科（室）", "责任处(室)": a bracketed piece of the word itself
  const text = cell.replace(/[\s:：|｜]/g, '').replace(/([科处股])[（(]室[）)]/g, '$1室');
  if (text.length === 0 || text.length > MAX_HEADER_CELL || /[。；]/.test(text)) return null;
  if (REPORT_PERIOD.test(text) && /进度|安排|计划|情况/.test(text)) return 'progress';
  const match = HEADER_ROLES.find(({ role, pattern }) => !(SINGLE.has(role) && taken.has(role)) && pattern.test(text));
  return match?.role ?? null;
}

/** The role of each header cell when `cells` read as a work-list header, else null. */
export function headerRoles(cells: readonly string[]): (ColumnRole | null)[] | null {
  const taken = new Set<ColumnRole>();
  const roles = cells.map((cell) => {
    const role = cellRole(cell, taken);
    if (role) taken.add(role);
    return role;
  });
  const known = roles.filter((role) => role !== null).length;
  if (known >= 2 && (taken.has('title') || taken.has('text'))) return roles;
  // "序号 | 民生实事 | 责任单位 | 完成时限": with a 序号 and a unit or time column, the one column left
  // unnamed is the task, whatever the office calls it
  const unnamed = roles.flatMap((role, index) => (role === null && cells[index]!.replace(/\s/g, '').length <= 8 ? [index] : []));
  const anchored = taken.has('serial') && (taken.has('units') || taken.has('lead') || taken.has('deadline'));
  if (anchored && known >= 2 && unnamed.length === 1 && roles.filter((role) => role === null).length === 1) {
    return roles.map((role, index) => (index === unnamed[0] ? 'title' : role));
  }
  return null;
}

/** The role a lone cell would name as a header cell ("完成时限" → deadline), null when none. */
export function headerWordRole(cell: string): ColumnRole | null {
  return cellRole(cell, new Set());
}

// A header cell broken over lines or by spaces: "牵头  领导", "牵头         责任单位", "主体 责任单位",
// "完成\n时限", "责任股室\n(单位)". A qualifier before a head noun is one cell; two complete column
// names ("牵头单位 配合单位") stay two, and so do the sub-headers "牵头 / 配合" under "责任单位".
const QUALIFIER = /^(?:牵头|主体|主要|主责|配合|协同|协办|协助|责任|分管|联系|包保|完成|工作|具体|重点|目标|时间|实施|进展|进度|主办)$/;
const HEAD_NOUN = /^(?:责任)?(?:领导|县领导|市领导|单位|部门|股室|科室|处室|人|时限|期限|时间|节点|任务|措施|内容|事项|情况|安排|要求|目标)$/;
// "(单位)", "（部门）": a bracketed word continues the cell before it
const BRACKETED = /^[（(][^（()）]{1,6}[）)]$/;

/** "牵头" + "领导", "协同" + "配合单位": a qualifier before a head noun, or before a column of its own kind. */
function qualifies(qualifier: string, noun: string): boolean {
  if (HEAD_NOUN.test(noun)) return true;
  const role = headerWordRole(noun);
  const own = headerWordRole(qualifier);
  return role !== null && own === role && headerWordRole(qualifier + noun) === role;
}

/**
 * "序 号", "完成时\n限": a word broken by a space or a line, when one side is a fragment of at most
 * two characters, the other names no column by itself, and the whole names one.
 */
function brokenWord(previous: string, text: string): boolean {
  // "总投资（万元）" + "责任": a cell closed by its bracketed measure is whole
  if (/[）)]$/.test(previous)) return false;
  if (Math.min(previous.length, text.length) > 2 || headerWordRole(previous + text) === null) return false;
  if (previous.length === 1 && text.length === 1) return true;
  const longer = previous.length > text.length ? previous : text;
  return headerWordRole(longer) === null;
}

/**
 * Groups header pieces into cells: each group is the indexes of the pieces of one cell, in order.
 * Pieces are what a layout gave (words between runs of spaces, or one line each).
 */
export function headerCellGroups(pieces: readonly string[]): number[][] {
  const groups: number[][] = [];
  pieces.forEach((piece, index) => {
    const text = piece.replace(/\s/g, '');
    const last = groups[groups.length - 1];
    const previous = last ? last.map((at) => pieces[at]!.replace(/\s/g, '')).join('') : '';
    const joins = last !== undefined && (BRACKETED.test(text) || brokenWord(previous, text) || (QUALIFIER.test(previous) && qualifies(previous, text)));
    if (joins) last.push(index);
    else groups.push([index]);
  });
  return groups;
}
