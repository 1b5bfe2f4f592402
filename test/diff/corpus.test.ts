// Version pairs made from the real corpus: each edit a reviser makes (raise a target, move a
// deadline, drop an item and renumber, swap two items, add a unit, retitle, move an item to another
// heading) applied to the source text, both versions extracted, and the diff must name exactly that
// edit — the right kind, paths and old/new values — and nothing else.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlanFiles, type DiffSide } from '../../src/diff/index.js';
import { extractFileInThread as extractFile, type DiffChange } from '../../src/index.js';
import { CORPUS } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-diff-corpus-'));
const extracted = new Map<string, Promise<DiffSide>>();

function sideOf(path: string): Promise<DiffSide> {
  let side = extracted.get(path);
  if (!side) {
    side = extractFile(path).then((planFile) => ({ path, sha256: planFile.source.sha256, planFile }));
    extracted.set(path, side);
  }
  return side;
}

/** The text with `from` replaced by `to`; fails when `from` is not there exactly once. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`expected "${from}" once in the source, found it ${count} times`);
  return text.replace(from, to);
}

/** Lines by 1-based number, as `grep -n` and the PlanFile spans count them. */
const lines = (text: string): string[] => text.split('\n');

/** Drops item `drop` of a "N." list (its line and the blank after it) and renumbers the items after it. */
function dropAndRenumber(text: string, line: number, renumber: Array<[string, string]>): string {
  const all = lines(text);
  all.splice(line - 1, 2);
  return renumber.reduce((result, [from, to]) => replaceOnce(result, `\n${from}`, `\n${to}`), all.join('\n'));
}

/** Exchanges two lines, keeping each line's "N." marker where it was (the items change places). */
function swapItems(text: string, first: number, second: number): string {
  const all = lines(text);
  const marker = /^(\d+\.)/;
  const a = all[first - 1]!;
  const b = all[second - 1]!;
  all[first - 1] = b.replace(marker, a.match(marker)![1]!);
  all[second - 1] = a.replace(marker, b.match(marker)![1]!);
  return all.join('\n');
}

/** Moves a line to after another line (1-based, numbered before the move). */
function moveLine(text: string, line: number, after: number, marker: string): string {
  const all = lines(text);
  const [moved] = all.splice(line - 1, 2);
  all.splice(after - (after > line ? 2 : 0), 0, '', moved!.replace(/^\d+\./, marker));
  return all.join('\n');
}

async function diffEdited(file: string, edit: (text: string) => string, ignoreText = false) {
  const editedPath = join(dir, `${Math.random().toString(36).slice(2)}-${basename(file)}`);
  writeFileSync(editedPath, edit(readFileSync(file, 'utf8')));
  const ignore = new Set(ignoreText ? (['text'] as const) : []);
  return diffPlanFiles(await sideOf(file), await sideOf(editedPath), { ignore }).report;
}

const changed = (path: string, title: string, fields: DiffChange['fields']): DiffChange => ({
  kind: 'changed',
  oldPath: path,
  newPath: path,
  title,
  fields,
});

interface VersionPair {
  name: string;
  file: string;
  edit: (text: string) => string;
  expected: DiffChange[];
}

const PAIRS: VersionPair[] = [
  {
    name: 'raise a target (达到70% → 达到80%)',
    file: CORPUS.prefecture,
    edit: (text) => replaceOnce(text, '住院医保统筹基金支出的比例达到70%', '住院医保统筹基金支出的比例达到80%'),
    expected: [
      changed('二/（五）/5', '深化医保支付方式改革', [
        { field: 'targets[医保统筹基金占全部符合条件的住院医保统筹基金支出的比例].value', old: 70, new: 80 },
        { field: 'text', old: '…筹基金支出的比例达到70%。探索符合中医药…', new: '…筹基金支出的比例达到80%。探索符合中医药…' },
      ]),
    ],
  },
  {
    name: 'move a deadline (到2025年 → 到2024年)',
    file: CORPUS.prefecture,
    edit: (text) => replaceOnce(text, '到2025年，建成一批', '到2024年，建成一批'),
    expected: [
      changed('二/（三）/1', '加强重点专科建设', [
        { field: 'deadlines', old: '2025-12-31', new: '2024-12-31' },
        { field: 'text', old: '…势专科建设。到2025年，建成一批自治区级…', new: '…势专科建设。到2024年，建成一批自治区级…' },
      ]),
    ],
  },
  {
    name: 'drop an item and renumber the rest: one removed, no moves',
    file: CORPUS.prefecture,
    edit: (text) =>
      dropAndRenumber(text, 67, [
        ['3.提升人才', '2.提升人才'],
        ['4.深化医疗服务价格', '3.深化医疗服务价格'],
        ['5.深化医保', '4.深化医保'],
      ]),
    expected: [{ kind: 'removed', oldPath: '二/（五）/2', newPath: null, title: '改革薪酬分配制度', fields: [] }],
  },
  {
    name: 'swap two items: both moved',
    file: CORPUS.prefecture,
    edit: (text) => swapItems(text, 57, 59),
    expected: [
      { kind: 'moved', oldPath: '二/（四）/3', newPath: '二/（四）/2', title: '健全内部控制制度', fields: [] },
      { kind: 'moved', oldPath: '二/（四）/2', newPath: '二/（四）/3', title: '加强全面预算管理', fields: [] },
    ],
  },
  {
    name: 'move an item under another heading: moved across parents',
    file: CORPUS.prefecture,
    edit: (text) => moveLine(text, 51, 42, '4.'),
    expected: [{ kind: 'moved', oldPath: '二/（三）/4', newPath: '二/（二）/4', title: '强化信息化建设', fields: [] }],
  },
  {
    name: 'add a unit to a 牵头单位 list',
    file: CORPUS.prefecture,
    edit: (text) => replaceOnce(text, '牵头单位：自治州发展和改革委员会、卫生健康委', '牵头单位：自治州发展和改革委员会、卫生健康委、财政局'),
    expected: [
      changed('二/（二）/1', '建设区域医疗卫生高地', [
        { field: 'responsibility.units', added: ['自治州财政局'], removed: [] },
        { field: 'text', old: '…革委员会、卫生健康委责任单位：自治州教育…', new: '…革委员会、卫生健康委、财政局责任单位：自治州教育…' },
      ]),
    ],
  },
  {
    name: 'retitle an item',
    file: CORPUS.prefecture,
    edit: (text) => replaceOnce(text, '1.建设区域医疗卫生高地。', '1.打造南疆区域医疗中心。'),
    expected: [changed('二/（二）/1', '打造南疆区域医疗中心', [{ field: 'title', old: '建设区域医疗卫生高地', new: '打造南疆区域医疗中心' }])],
  },
  {
    name: 'retitle a bare heading (its items unchanged)',
    file: CORPUS.prefecture,
    edit: (text) => replaceOnce(text, '（六）建设公立医院高质量发展新文化', '（六）弘扬崇高职业精神'),
    expected: [changed('二/（六）', '弘扬崇高职业精神', [{ field: 'title', old: '建设公立医院高质量发展新文化', new: '弘扬崇高职业精神' }])],
  },
  {
    name: 'insert an item and renumber the rest: one added, no moves',
    file: CORPUS.prefecture,
    edit: (text) =>
      replaceOnce(
        text,
        '\n3.建立健全分级分层分流',
        '\n3.加强基层医疗卫生机构能力建设。推进乡镇卫生院标准化建设。（牵头单位：自治州卫生健康委）\n\n4.建立健全分级分层分流',
      ),
    expected: [{ kind: 'added', oldPath: null, newPath: '二/（二）/3', title: '加强基层医疗卫生机构能力建设', fields: [] }],
  },
  {
    name: 'promote a 责任单位 to 牵头单位: a lead change, the units the same',
    file: CORPUS.prefecture,
    edit: (text) =>
      replaceOnce(text, '自治州医疗保障局\u2002\u2002责任单位：自治州财政局、卫生健康委', '自治州医疗保障局、财政局\u2002\u2002责任单位：自治州卫生健康委'),
    expected: [
      changed('二/（五）/5', '深化医保支付方式改革', [
        { field: 'responsibility.lead', added: ['自治州财政局'], removed: [] },
        { field: 'text', old: '…位：自治州医疗保障局责任单位：自治州财政局、卫生健康委，各县<市…', new: '…位：自治州医疗保障局、财政局责任单位：自治州卫生健康委，各县<市…' },
      ]),
    ],
  },
  {
    name: 'tab-table: drop row 12 and renumber the rows after it',
    file: CORPUS.table,
    edit: (text) => {
      const all = lines(text);
      all.splice(81, 6);
      return all.map((line) => line.replace(/^\t(\d+)$/, (row, n: string) => (Number(n) > 12 ? `\t${Number(n) - 1}` : row))).join('\n');
    },
    expected: [{ kind: 'removed', oldPath: '12', newPath: null, title: '加强全面预算管理', fields: [] }],
  },
  {
    name: 'tab-table: add a unit to the 责任单位 column',
    file: CORPUS.table,
    edit: (text) => replaceOnce(text, '\t县卫生健康局、县审计局\n', '\t县卫生健康局、县审计局、县财政局\n'),
    expected: [changed('13', '强化内部控制管理', [{ field: 'responsibility.units', added: ['县财政局'], removed: [] }])],
  },
  {
    name: 'tab-table: move a 完成时限',
    file: CORPUS.table,
    edit: (text) => replaceOnce(text, '\t2024年底\n', '\t2025年6月底\n'),
    expected: [changed('19', '深化医保支付方式改革', [{ field: 'deadlines', old: '2024-12-31', new: '2025-06-30' }])],
  },
  {
    name: 'markdown: lower a target (3倍 → 2倍)',
    file: CORPUS.markdown,
    edit: (text) => replaceOnce(text, '职工平均薪酬水平的3倍', '职工平均薪酬水平的2倍'),
    expected: [
      changed('三/（四）/16', '改革薪酬分配制度', [
        { field: 'targets[医院主要负责人薪酬水平].value', old: 3, new: 2 },
        { field: 'text', old: '…位职工平均薪酬水平的3倍、副职人员按主要负…', new: '…位职工平均薪酬水平的2倍、副职人员按主要负…' },
      ]),
    ],
  },
  {
    name: 'compilation: raise a target in one part (篇五)',
    file: CORPUS.compilation,
    edit: (text) => replaceOnce(text, '门诊号源网上开放比例稳定在80%以上', '门诊号源网上开放比例稳定在85%以上'),
    expected: [
      changed('篇五/（二）/9', '优化医疗服务', [
        { field: 'targets[三级医院门诊号源网上开放比例].value', old: 80, new: 85 },
        { field: 'text', old: '…网上开放比例稳定在80%以上。设置入院准备…', new: '…网上开放比例稳定在85%以上。设置入院准备…' },
      ]),
    ],
  },
];

describe('diff of corpus version pairs', () => {
  it.each(Object.values(CORPUS))('%s against itself: no differences', async (file) => {
    const side = await sideOf(file);
    const { report } = diffPlanFiles(side, side, { ignore: new Set() });
    expect(report.changes).toEqual([]);
    expect(report.summary.unchanged).toBeGreaterThan(20);
  });

  it.each(PAIRS)('$name', async ({ file, edit, expected }) => {
    const report = await diffEdited(file, edit);
    expect(report.changes).toEqual(expected);
  });

  // the same document typed differently: full-width digits, spaces a PDF leaves around numbers and
  // inside names, Windows line ends, hard-wrapped paragraphs, no blank lines between paragraphs
  it.each<[string, (text: string) => string]>([
    ['full-width digits and percent signs', (text) => text.replace(/[0-9%]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))],
    [
      'spaces around numbers and inside unit names',
      (text) => text.replace(/(?<=[\u4e00-\u9fff，])(\d+)(?=[\u4e00-\u9fff%])/g, ' $1 ').replace(/卫生健康委/g, '卫生 健康委'),
    ],
    ['CRLF line ends', (text) => text.replace(/\n/g, '\r\n')],
    ['paragraphs hard-wrapped at 40 characters', (text) => lines(text).map((line) => line.match(/.{1,40}/gu)?.join('\n') ?? line).join('\n')],
    ['no blank lines between paragraphs', (text) => text.replace(/\n\n/g, '\n')],
  ])('formatting only (%s): no differences', async (_name, edit) => {
    expect((await diffEdited(CORPUS.prefecture, edit)).changes).toEqual([]);
  });

  it('--ignore text: a wording change is no difference, a target change still is', async () => {
    const edit = (text: string) =>
      replaceOnce(replaceOnce(text, '大力推行日间手术', '积极推行日间手术'), '住院医保统筹基金支出的比例达到70%', '住院医保统筹基金支出的比例达到75%');
    const report = await diffEdited(CORPUS.prefecture, edit, true);
    expect(report.changes).toEqual([
      changed('二/（五）/5', '深化医保支付方式改革', [
        { field: 'targets[医保统筹基金占全部符合条件的住院医保统筹基金支出的比例].value', old: 70, new: 75 },
      ]),
    ]);
  });
});
