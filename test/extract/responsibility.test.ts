import { describe, expect, it } from 'vitest';
import { extractResponsibility } from '../../src/extract/responsibility.js';
import { joinLocated, located } from '../../src/text/located.js';

const units = (body: string, cell?: string) => {
  const { lead, support } = extractResponsibility(located(body, 1), cell === undefined ? null : located(cell, 9));
  return { lead, support };
};

describe('responsibility notes', () => {
  it.each([
    [
      'lead and support labels (001)',
      '落实公立医院党建工作责任。（牵头单位：自治州卫生健康委 责任单位：自治州党委组织部，各县<市>人民政府）',
      { lead: ['自治州卫生健康委'], support: ['自治州党委组织部', '各县<市>人民政府'] },
    ],
    [
      'omitted prefix inherited in a 、-list, not across a comma (001)',
      '（牵头单位：自治州发展和改革委员会、卫生健康委 责任单位：自治州教育局、科学技术局、医疗保障局，各县<市>人民政府）',
      {
        lead: ['自治州发展和改革委员会', '自治州卫生健康委'],
        support: ['自治州教育局', '自治州科学技术局', '自治州医疗保障局', '各县<市>人民政府'],
      },
    ],
    [
      'a unit after a comma keeps its own name (001)',
      '（牵头单位：自治州卫生健康委 责任单位：自治州科学技术局、市场监督管理局，克孜勒苏银保监分局，各县<市>人民政府）',
      {
        lead: ['自治州卫生健康委'],
        support: ['自治州科学技术局', '自治州市场监督管理局', '克孜勒苏银保监分局', '各县<市>人民政府'],
      },
    ],
    [
      'half-width colon after the label (001)',
      '（牵头单位:自治州卫生健康委 责任单位:自治州党委编办，自治州人力资源和社会保障局，各县<市>人民政府）',
      { lead: ['自治州卫生健康委'], support: ['自治州党委编办', '自治州人力资源和社会保障局', '各县<市>人民政府'] },
    ],
    [
      'lead; support by duty (003)',
      '（牵头单位：县卫生健康局；县委组织部、县人力资源和社会保障局、县乡村振兴局按照职责分工负责）',
      { lead: ['县卫生健康局'], support: ['县委组织部', '县人力资源和社会保障局', '县乡村振兴局'] },
    ],
    [
      'every unit under the 牵头单位 label leads when no semicolon splits them (003)',
      '（牵头单位：县卫生健康局、县财政局按照职责分工负责）',
      { lead: ['县卫生健康局', '县财政局'], support: [] },
    ],
    [
      '按照职责负责 and names that start without the county prefix (003)',
      '（牵头单位：县卫生健康局；县委宣传部、县民政局、团县委、县总工会、县妇联、县红十字会按照职责负责）',
      { lead: ['县卫生健康局'], support: ['县委宣传部', '县民政局', '团县委', '县总工会', '县妇联', '县红十字会'] },
    ],
    [
      'unmarked list → support (000)',
      '（市卫生健康委、市发展改革委、市财政局，各县区人民政府按照职责分工负责）',
      { lead: [], support: ['市卫生健康委', '市发展改革委', '市财政局', '各县区人民政府'] },
    ],
    [
      '责任部门 with a stray space inside a name and inside the label (004)',
      '(责任部门:市卫健委、市委编办、市 发改委、市科技局)(责 任部门: 市人社局)',
      { lead: [], support: ['市卫健委', '市委编办', '市发改委', '市科技局', '市人社局'] },
    ],
    [
      'a note broken over a line (000)',
      '建成2—4个省级中医优势专科和特色专科。（责任单位：\n市卫生健康委、市发展改革委）',
      { lead: [], support: ['市卫生健康委', '市发展改革委'] },
    ],
    [
      'a labelled line in the body (000)',
      '建立资源分类配置标准，严禁公立医院自行举债建设。\n责任单位：县发展和改革委员会、县财政局、县卫生健康局',
      { lead: [], support: ['县发展和改革委员会', '县财政局', '县卫生健康局'] },
    ],
    [
      'a bracket left open earlier does not swallow the note (004)',
      '落实《工作措施》（朔办字〔2020〕19号〕文件精神。发挥作用。(责任部门:市卫健委、市市场监管局)',
      { lead: [], support: ['市卫健委', '市市场监管局'] },
    ],
    [
      '各县（市）人民政府 kept whole',
      '（牵头单位：州卫生健康委；州财政局，各县（市）人民政府按职责分工负责）',
      { lead: ['州卫生健康委'], support: ['州财政局', '各县（市）人民政府'] },
    ],
    [
      'other labels and 等 (another province)',
      '（牵头部门：市医保局；配合部门：市财政局、卫生健康委等）',
      { lead: ['市医保局'], support: ['市财政局', '市卫生健康委'] },
    ],
    [
      'party departments inherit the committee (another province)',
      '（责任单位：市委组织部、宣传部，市卫生健康委）',
      { lead: [], support: ['市委组织部', '市委宣传部', '市卫生健康委'] },
    ],
    [
      'a named place prefix (another province)',
      '（牵头单位：广安市卫生健康委、发展改革委）',
      { lead: ['广安市卫生健康委', '广安市发展改革委'], support: [] },
    ],
    [
      'roles by verb: A牵头，B配合 (variant)',
      '平均住院日控制在8天以内。（省卫生健康委牵头，省医保局、省财政厅配合）',
      { lead: ['省卫生健康委'], support: ['省医保局', '省财政厅'] },
    ],
    [
      'roles by verb: A牵头负责，B参与 (variant)',
      '建成胸痛中心。（市卫生健康委牵头负责，各区人民政府参与）',
      { lead: ['市卫生健康委'], support: ['各区人民政府'] },
    ],
    [
      'a sentence that assigns roles, without brackets (variant)',
      '建立医联体。由市卫健委牵头，市医保局、市财政局配合，各区县政府具体落实。',
      { lead: ['市卫健委'], support: ['市医保局', '市财政局', '各区县政府'] },
    ],
    [
      'a deadline field inside the note (variant)',
      '达到三级医院服务能力。（责任单位：市卫生健康委、市发展改革委；完成时限：2023年12月）',
      { lead: [], support: ['市卫生健康委', '市发展改革委'] },
    ],
    [
      'a time clause after the duty phrase (variant)',
      '完成县级医院提标扩能改造。（县发展改革局、县卫生健康局按职责分工负责，2022年6月底前完成）',
      { lead: [], support: ['县发展改革局', '县卫生健康局'] },
    ],
    [
      'a bracketed list of places inside a name, in a duty note (real plans)',
      '推进医共体建设。（区卫生健康局，各乡（镇、街道）人民政府按职责分工负责）',
      { lead: [], support: ['区卫生健康局', '各乡（镇、街道）人民政府'] },
    ],
    [
      'a bracketed list of places inside a name, after a label (real plans)',
      '（牵头单位：州卫生健康委；责任单位：州财政局，各县（市、区）人民政府）',
      { lead: ['州卫生健康委'], support: ['州财政局', '各县（市、区）人民政府'] },
    ],
    [
      'a role sentence whose last run names places in brackets (real plans)',
      '打造示范中心。由市医保局牵头，市卫健委配合，各县（市、区）人民政府具体落实。',
      { lead: ['市医保局'], support: ['市卫健委', '各县（市、区）人民政府'] },
    ],
    [
      'labelled lines: 牵头责任单位 and 主要协作单位 (real plans)',
      '推广家庭医生签约服务。\n牵头责任单位：区卫健委、区民政局\n主要协作单位：各街道办事处、高新区管委会，区政府有关部门',
      { lead: ['区卫健委', '区民政局'], support: ['各街道办事处', '高新区管委会', '区政府有关部门'] },
    ],
    [
      'A牵头 then B by duty, unlabelled (whole plans)',
      '推进集成电路项目。（省发展改革委牵头，省商务厅按职责分工负责）',
      { lead: ['省发展改革委'], support: ['省商务厅'] },
    ],
    [
      'A牵头, a bare run, then units by duty (whole plans)',
      '丰富支付场景。（市金融办牵头，市委网信办，市市场监管局、市税务局按职责分工负责）',
      { lead: ['市金融办'], support: ['市委网信办', '市市场监管局', '市税务局'] },
    ],
    [
      '各有关单位 closes a duty run (whole plans)',
      '开放应用场景。（市科技局牵头，各有关单位按职责分工负责）',
      { lead: ['市科技局'], support: ['各有关单位'] },
    ],
    [
      'units by duty, then local governments that carry it out (whole plans)',
      '建设算力平台。（省科技厅、教育厅按职责分工负责，各地级以上市人民政府结合实际落实）',
      { lead: [], support: ['省科技厅', '省教育厅', '各地级以上市人民政府'] },
    ],
    [
      '各区、县级市 is one collective unit (whole plans)',
      '培养技能人才。（牵头单位：市人社局，配合单位：市教育局，各区、县级市）',
      { lead: ['市人社局'], support: ['市教育局', '各区、县级市'] },
    ],
    [
      '各县、市、区人民政府 is one collective unit (whole plans)',
      '（牵头单位：州民政局；各县、市、区人民政府按职责分工负责）',
      { lead: ['州民政局'], support: ['各县、市、区人民政府'] },
    ],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  it.each([
    ['an aside naming hospitals', '加强市、县医院（含中医医院）能力建设，持续提升服务能力。'],
    ['an abbreviation', '全面推行按病种分值（DIP）付费。'],
    ['an exclusion', '医疗服务收入（不含药品、耗材、检查、化验收入）占医疗收入的比例达到要求。'],
    ['an institution named mid-sentence', '加快一级甲等乡镇卫生院（社区卫生服务中心）建设，提升能力。'],
    ['a department that merely acts', '组织部门牵头抓总，卫生健康部门具体负责。'],
    ['numbers in an aside', '每个县（市、区）设置1个县级中医医院（中医2个）。'],
    ['a department leading a task in running text', '由医院党委牵头，制定医院章程，健全决策机制。'],
    ['people taking part, closed by a role verb', '开展义诊活动。（志愿者、群众共同参与）'],
  ])('%s is not a note', (_label, body) => {
    expect(units(body)).toEqual({ lead: [], support: [] });
  });
});

describe('the 责任单位 table cell', () => {
  it('is support when unmarked (002)', () => {
    expect(units('合理布局优质医疗资源', '县卫生健康局、县发展改革局、县财政局、县人力资源社会保障局')).toEqual({
      lead: [],
      support: ['县卫生健康局', '县发展改革局', '县财政局', '县人力资源社会保障局'],
    });
  });

  it('reads separate lead and support columns handed over as a labelled note', () => {
    expect(units('任务', '牵头单位：县卫生健康局 配合单位：县财政局、县医保局')).toEqual({
      lead: ['县卫生健康局'],
      support: ['县财政局', '县医保局'],
    });
  });

  it('splits whole names separated by a space', () => {
    expect(units('任务', '县卫生健康局 县财政局')).toEqual({ lead: [], support: ['县卫生健康局', '县财政局'] });
  });
});

describe('raw, units and line', () => {
  it('keeps the written form in raw, lead then support in units, and the line where raw starts', () => {
    const body = joinLocated([
      located('1.建设区域医疗卫生高地。借助援疆力量。（牵头单位：自治州发展和改革委员会、卫生健康委 ', 37),
      located('责任单位：自治州教育局，各县<市>人民政府）', 38),
    ]);
    expect(extractResponsibility(body, null)).toEqual({
      lead: ['自治州发展和改革委员会', '自治州卫生健康委'],
      support: ['自治州教育局', '各县<市>人民政府'],
      units: ['自治州发展和改革委员会', '自治州卫生健康委', '自治州教育局', '各县<市>人民政府'],
      raw: '牵头单位：自治州发展和改革委员会、卫生健康委 责任单位：自治州教育局，各县<市>人民政府',
      line: 37,
    });
  });

  it('merges several notes of one item without duplicates', () => {
    const result = extractResponsibility(
      located('一是……（牵头单位：市卫健委；市财政局按职责分工负责）二是……（牵头单位：市卫健委；市医保局按职责分工负责）', 5),
      null,
    );
    expect(result.units).toEqual(['市卫健委', '市财政局', '市医保局']);
    expect(result.raw).toBe('牵头单位：市卫健委；市财政局按职责分工负责；牵头单位：市卫健委；市医保局按职责分工负责');
  });

  it('is empty, with null raw and line, when nothing is named', () => {
    expect(extractResponsibility(located('加强组织领导。', 3), null)).toEqual({ lead: [], support: [], units: [], raw: null, line: null });
  });
});
