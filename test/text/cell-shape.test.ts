import { describe, expect, it } from 'vitest';
import { cellShape, isPersonCell, type CellShape } from '../../src/text/cell-shape.js';

type Kind = 'serial' | 'deadline' | 'person' | 'unit';
const kinds = (shape: CellShape): Kind[] => (['serial', 'deadline', 'person', 'unit'] as const).filter((kind) => shape[kind]);

describe('what a cell holds', () => {
  it.each<[string, Kind[]]>([
    ['12', ['serial']],
    ['一', ['serial']],
    ['（三）', ['serial']],
    ['12月底前', ['deadline']],
    // a project's span in dotted year.month form; a number with a decimal point is no date
    ['2023.01-2023.12', ['deadline']],
    ['2024.3—2024.10', ['deadline']],
    ['2024.06', ['deadline']],
    ['1200.5', []],
    ['5月底', ['deadline']],
    ['2024年6月底前', ['deadline']],
    ['长期坚持', ['deadline']],
    ['持续推进', ['deadline']],
    ['一季度', ['deadline']],
    ['全年', ['deadline']],
    ['年底前', ['deadline']],
    ['每月', ['deadline']],
    ['夏俊贵', ['person']],
    ['周 斐', ['person']],
    ['汪峰、吴蓓蓓', ['person']],
    ['副县长王明', ['person']],
    ['县委常委、副县长 王明', ['person']],
    ['王明（副县长）', ['person']],
    ['文化宣传股', ['unit']],
    ['文化馆', ['unit']],
    ['羌研会', ['unit']],
    ['各乡镇', ['unit']],
    ['县直有关单位', ['unit']],
    ['县卫健局、县财政局', ['unit']],
    ['各股室、委属部门单位', ['unit']],
    ['市城市管理综合执法局', ['unit']],
    ['郙阁公司', ['unit']],
    ['县妇联、县科协', ['unit']],
    ['马家村', ['unit']],
    ['县卫健局（牵头）', ['unit']],
    // the 、 inside a bracket lists places, it parts no names
    ['各县（市、区）党委和人民政府，城乡一体化示范区、高新区党工委和管委会', ['unit']],
    ['各区（县、市）政府、市直有关单位', ['unit']],
    ['市安委办（工作专班办公室）', ['unit']],
    ['国家级新区、综合试验区', ['unit']],
    // a list cut by a line's end or the text's end: the names before the cut are whole
    ['各县（市、区）人民政府，城乡一体化示范区、高', ['unit']],
    ['县卫健局、县财政局、县医', ['unit']],
    ['教育、卫生、文化', []],
    // a count and its measure word close a task
    ['新建幼儿园3所', []],
    ['建成乡镇综合文化站2个', []],
    ['市第二人民医院', ['unit']],
    // a cell of units closed by a full stop, as a 协同配合单位 cell often is
    ['区政府有关部门，各乡镇人民政府、街道办事处。', ['unit']],
    ['区投资促进中心。', ['unit']],
    ['县财政局、县农业农村局。', ['unit']],
    ['各镇（街道）。', ['unit']],
    ['建设文化馆。', []],
    // names a layout put apart by spaces, run together
    ['陆 明俞 悦', ['person']],
    ['孙  立   何丽丽', ['person']],
    ['王 强李  娜', ['person']],
    ['甘 露', ['person']],
    ['甘 露冉 冉', ['person']],
    ['陆明俞悦', []],
    ['高 质量发展', []],
    // a category of two characters is no name: 安 and 文 open words more often than names here
    ['安全', []],
    ['广电', []],
    ['达到时序进度', []],
    ['按季度报送进展', []],
    ['开展好“三下乡”活动。', []],
  ])('%s', (text, expected) => {
    expect(kinds(cellShape(text))).toEqual(expected);
  });

  it('short words and finished sentences', () => {
    expect(cellShape('公共文化服务')).toMatchObject({ short: true, closed: false });
    expect(cellShape('“两馆一站”免费开放服务人次较上年增长15%。')).toMatchObject({ short: false, closed: true });
  });
});

describe('isPersonCell: cellShape(text).person alone', () => {
  it.each<[string, boolean]>([
    ['夏俊贵', true],
    ['周 斐', true],
    ['陆 明俞 悦', true],
    ['副县长王明', true],
    ['县委常委、副县长 王明', true],
    ['县卫健委', false],
    ['12月底前', false],
    ['王明 县财政局', false],
    ['', false],
  ])('%s → %s, as cellShape says', (text, person) => {
    expect(isPersonCell(text)).toBe(person);
    expect(cellShape(text).person).toBe(person);
  });
});

// "2024" under 建设时间 and "2050" under 年度投资 look alike: the shape says so, the fit decides
it.each([
  ['2024', true],
  ['2024-2025', true],
  ['2023—2026', true],
  ['1360', false],
  ['2024年', false],
  ['20245', false],
])('%s is a bare year or span of years: %s', (text, expected) => {
  expect(cellShape(text).bareYears).toBe(expected);
});
