// Whole-document checks of the outline and metadata on the five real corpus documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFileInThread as extractFile, type PlanFile } from '../../src/index.js';
import { byPath, CORPUS, flatten, levelCounts } from '../helpers.js';

const files: Record<string, PlanFile> = {};
beforeAll(async () => {
  for (const [name, path] of Object.entries(CORPUS)) files[name] = await extractFile(path);
});

describe('metadata', () => {
  it.each([
    ['prefecture', '自治州推动公立医院高质量发展实施方案', '克政办发〔2022〕16号', '克孜勒苏柯尔克孜自治州人民政府办公室', '2022-06-01'],
    ['pdfText', '维西县推进公立医院高质量发展实施方案', '维政办发〔2023〕78号', '维西傈僳族自治县人民政府办公室', '2023-06-14'],
    ['markdown', '朔州市推动公立医院高质量发展实施方案', '朔政办发〔2023〕12号', '朔州市人民政府办公室', '2023-02-24'],
    ['table', '邻水县推动公立医院高质量发展工作清单', null, null, null],
  ])('%s: title, 文号, issuer, date', (name, title, docNumber, issuer, issuedOn) => {
    const [plan, ...rest] = files[name]!.plans;
    expect(rest).toHaveLength(0);
    expect(plan).toMatchObject({ title, docNumber, issuer, issuedOn, part: null });
  });

  it('cites documents with their 文号, not the plan itself', () => {
    const plan = files.prefecture!.plans[0]!;
    expect(plan.references[0]).toEqual({
      title: '关于印发自治区推动公立医院高质量发展实施意见的通知',
      docNumber: '新政办发〔2021〕118号',
    });
    expect(plan.references.map((reference) => reference.title)).not.toContain('自治州推动公立医院高质量发展实施方案');
    expect(files.pdfText!.plans[0]!.references.slice(0, 2)).toEqual([
      { title: '云南省人民政府办公厅关于推动公立医院高质量发展的实施意见', docNumber: '云政办发〔2022〕3号' },
      { title: '迪庆藏族自治州人民政府办公室关于推动公立医院高质量发展的实施方案', docNumber: '迪政办发〔2022〕135号' },
    ]);
    // "(人社部发(2021)52号)": half-width brackets normalised to 〔〕
    expect(files.markdown!.plans[0]!.references).toContainEqual({
      title: '关于深化公立医院薪酬制度改革的指导意见',
      docNumber: '人社部发〔2021〕52号',
    });
  });

  it('keeps the preamble and leaves the notice out of it', () => {
    const preamble = files.prefecture!.plans[0]!.preamble;
    expect(preamble.startsWith('为认真贯彻落实自治区人民政府办公厅')).toBe(true);
    expect(preamble.endsWith('制定实施方案如下。')).toBe(true);
    expect(preamble).not.toContain('此件公开发布');
    // the PDF text's preamble is one paragraph again, joined across its hard line breaks
    expect(files.pdfText!.plans[0]!.preamble).toMatch(/^为深入贯彻《云南省人民政府办公厅关于推动公立医院高质量发展的实施意见》（云政办发〔2022〕3号）.*特制定本实施方案。$/);
  });
});

describe('outline', () => {
  it.each([
    ['prefecture', [3, 10, 16]],
    ['pdfText', [8, 26, 5]],
    ['markdown', [4, 10, 25]],
    ['table', [24]],
  ])('%s: sections per level', (name, counts) => {
    expect(levelCounts(files[name]!.plans[0]!)).toEqual(counts);
  });

  it.each([
    ['prefecture', '二/（二）/1', '1.', '建设区域医疗卫生高地', /^借助江苏、江西省援疆力量/],
    ['prefecture', '二/（三）', '（三）', '引领公立医院高质量发展新趋势', /^$/],
    ['prefecture', '三/（四）', '（四）', '总结推广经验', /^全州各级卫生健康行政部门/],
    // a heading wrapped over two PDF lines, joined back
    ['pdfText', '二/（一）', '（一）', '加快“互联网+医疗”技术、有序推进紧密型医共体建设', /^实施“互联网\+医疗”为载体/],
    ['pdfText', '六/（三）/5', '5.', '强化医院安全防范，加强人防、物防、技防建设，落实安全保卫责任制', /^将解决医疗纠纷纳入法治轨道/],
    // numbering that runs on across parents: 1…25 under （一）…（六）
    ['markdown', '三/（二）/7', '7.', '加强临床专科建设', /^以"十四五"|^以“十四五”/],
    ['markdown', '三/（六）/25', '25.', '落实公立医院党建工作责任', /^积极构建各级党委统一领导/],
    // straight quotes are paired as “…” in normalisation, as a docx writes them
    ['markdown', '四/（三）', '（三）', '强化“三医联动”', /^抓好福建省三明市医改经验推广/],
    ['table', '3', '3', '推进县域医共体建设', /^按照县镇融合、镇村一体化发展原则/],
    ['table', '6', '6', '推进医学领域技术创新', /^聚焦疑难杂症/],
  ])('%s %s: marker %s, title and body', (name, path, marker, title, body) => {
    const section = byPath(files[name]!.plans[0]!, path);
    expect(section.marker).toBe(marker);
    expect(section.title).toBe(title);
    expect(section.text).toMatch(body);
  });

  it('grounds sections in source lines', () => {
    expect(byPath(files.prefecture!.plans[0]!, '二/（二）/1').span).toEqual({ startLine: 37, endLine: 37, page: null });
    expect(byPath(files.pdfText!.plans[0]!, '二/（一）').span).toEqual({ startLine: 67, endLine: 99, page: null });
    expect(byPath(files.table!.plans[0]!, '3').span).toEqual({ startLine: 21, endLine: 26, page: null });
  });

  it('gives every section a stable id from its position', () => {
    const plan = files.prefecture!.plans[0]!;
    expect(byPath(plan, '二/（二）/1').id).toBe('p1.2.2.1');
    const ids = flatten(plan.sections).map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the compilation (篇一…篇八)', () => {
  it('splits into eight plans with their parts', () => {
    const plans = files.compilation!.plans;
    expect(plans.map((plan) => plan.part)).toEqual(['篇一', '篇二', '篇三', '篇四', '篇五', '篇六', '篇七', '篇八']);
    expect(plans.every((plan) => plan.title === '推进医院高质量发展实施方案')).toBe(true);
  });

  it.each([
    // 篇一 lost its 一、 headings: thirty （X） items at the top, restarting five times
    [0, [30]],
    [1, [12]],
    [2, [7]],
    [3, [12, 29]],
    // 篇五 kept only some numbered items (3., 4., 5., 9., 14. …) under its （X）
    [4, [6, 14]],
    [5, [16, 25]],
    [6, [3]],
    [7, [13, 25]],
  ])('plan %i: sections per level', (index, counts) => {
    expect(levelCounts(files.compilation!.plans[index]!)).toEqual(counts);
  });

  it('reads each part’s preamble and citations', () => {
    const fifth = files.compilation!.plans[4]!;
    expect(fifth.preamble.startsWith('根据《安徽省人民政府办公厅关于印发安徽省推动公立医院高质量发展实施方案的通知》')).toBe(true);
    expect(fifth.references[0]).toEqual({
      title: '安徽省人民政府办公厅关于印发安徽省推动公立医院高质量发展实施方案的通知',
      docNumber: '皖政办秘〔2021〕120号',
    });
  });

  it('takes labelled fields and 一是… lines as body text, not items', () => {
    const sixth = files.compilation!.plans[5]!;
    const county = sixth.sections[3]!;
    expect(county.title).toBe('推动县人民医院高质量发展');
    expect(county.children).toHaveLength(0);
    expect(county.text).toMatch(/^目标：扎实开展贵德县人民医院高质量发展试点工作/);
    expect(county.text).toContain('完成时限：2024年10月底');
    const seventh = files.compilation!.plans[6]!;
    expect(seventh.sections.map((section) => section.title)).toEqual(['总体要求', '重点任务', '保障措施']);
    expect(seventh.sections[1]!.text).toContain('一是优化公立医院资源布局');
  });
});

describe('diagnostics', () => {
  it('reports gaps, restarts, placeholder years and lost characters with their lines', () => {
    const codes = (file: PlanFile, code: string) =>
      file.diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.span?.startLine);
    const compilation = files.compilation!;
    expect(codes(compilation, 'placeholder-year')).toEqual([241, 632, 642, 648, 650, 654, 658, 662, 664, 696, 702]);
    expect(codes(compilation, 'garbled-text')).toContain(165);
    expect(codes(compilation, 'numbering-gap')).toEqual([346, 356, 362, 366, 528]);
    expect(compilation.diagnostics.find((diagnostic) => diagnostic.span?.startLine === 356)?.message).toBe(
      '9. follows 5.: 6.…8. are missing',
    );
    expect(codes(files.prefecture!, 'numbering-gap')).toEqual([]);
    expect(codes(files.pdfText!, 'numbering-restart')).toEqual([]);
  });
});
