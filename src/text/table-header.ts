// The vocabulary of work-list table headers (工作清单: 序号 / 工作任务 / 具体措施 / 责任单位 / 完成时限),
// in whatever order and wording an office uses. Readers that find tables by layout (PDF, text) and
// the outline that turns rows into items share this one table of header words.

export type ColumnRole = 'serial' | 'title' | 'text' | 'lead' | 'support' | 'units' | 'deadline';

// First matching row wins; the examples are header cells seen in real work lists.
const HEADER_ROLES: { role: ColumnRole; pattern: RegExp; example: string }[] = [
  { role: 'serial', pattern: /^(?:序号|编号|序|No\.?)$/i, example: '序号' },
  { role: 'deadline', pattern: /时限|时间|期限|节点|进度安排|完成日期/, example: '完成时限 / 时间节点' },
  { role: 'lead', pattern: /牵头|主责/, example: '牵头单位' },
  { role: 'support', pattern: /配合|协办|协助|参与|协同/, example: '配合单位 / 协办部门' },
  { role: 'units', pattern: /责任|单位|部门/, example: '责任单位 / 责任部门' },
  { role: 'text', pattern: /措施|举措|内容|要求|目标|标准|具体/, example: '具体措施 / 工作内容' },
  { role: 'title', pattern: /任务|事项|项目|工作|名称/, example: '工作任务 / 重点任务' },
];

/** The role of each header cell when `cells` read as a work-list header, else null. */
export function headerRoles(cells: readonly string[]): (ColumnRole | null)[] | null {
  const taken = new Set<ColumnRole>();
  const roles = cells.map((cell) => {
    const text = cell.replace(/\s/g, '');
    if (text.length > 12) return null;
    const match = HEADER_ROLES.find(({ role, pattern }) => !taken.has(role) && pattern.test(text));
    if (match) taken.add(match.role);
    return match?.role ?? null;
  });
  const known = roles.filter((role) => role !== null).length;
  return known >= 2 && (taken.has('title') || taken.has('text')) ? roles : null;
}
