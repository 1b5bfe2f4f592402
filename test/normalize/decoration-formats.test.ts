// Markers behind decoration and misdirected quotes are normalisation's job, once, for every format:
// the same small plan written with bullets, dashes, markdown markup and three kinds of double
// quotes, as markdown, HTML, docx and PDF (the last two made from the HTML by LibreOffice in
// scripts/make-fixtures.sh), gives one outline, the same units, deadlines and targets, and no
// difference in `diff`.
import { describe, expect, it } from 'vitest';
import { diffPlanFiles } from '../../src/diff/index.js';
import { extractFileInThread as extractFile, type PlanFile } from '../../src/index.js';
import { flatten } from '../helpers.js';

const FIXTURES = ['md', 'html', 'docx', 'pdf'].map((extension) => `test/normalize/fixtures/decorated.${extension}`);

const outline = (planFile: PlanFile) =>
  flatten(planFile.plans[0]!.sections).map((section) => ({
    path: section.path,
    title: section.title,
    lead: section.responsibility.lead,
    units: section.responsibility.units,
    deadlines: section.deadlines.map((deadline) => deadline.date),
    targets: section.targets.map((target) => `${target.value}${target.unit ?? ''} ${target.comparator}`),
  }));

describe('decorated markers and quotes in every format', () => {
  it.each(FIXTURES)('%s: the markers behind bullets, dashes and markup open the outline', async (path) => {
    const sections = outline(await extractFile(path));
    expect(sections.map((section) => section.path)).toEqual(['一', '一/（一）', '一/（一）/1', '一/（一）/2', '二', '二/（一）', '二/（一）/1']);
    expect(sections[2]).toMatchObject({ title: '建立工作机制', lead: ['县卫健局'], units: ['县卫健局', '县财政局'], targets: ['90% >='] });
    // "九项准则" in any quotes is a name, not a count of 9 items
    expect(sections[3]!.targets).toEqual(['4次 >=']);
    expect(sections[6]!.deadlines).toEqual(['2024-06-30']);
  });

  it.each(FIXTURES.slice(1))('%s against the markdown version: no differences', async (path) => {
    const [before, after] = await Promise.all([extractFile(FIXTURES[0]!), extractFile(path)]);
    expect(outline(after)).toEqual(outline(before));
    const { report } = diffPlanFiles(
      { path: FIXTURES[0]!, sha256: before.source.sha256, planFile: before },
      { path, sha256: after.source.sha256, planFile: after },
      { ignore: new Set() },
    );
    expect(report.changes).toEqual([]);
  });
});
