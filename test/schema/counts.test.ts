// counts.ts: what a PlanFile holds, counted once for the batch report, review pages and `show`.
import { describe, expect, it } from 'vitest';
import { allSections, fileCounts } from '../../src/schema/counts.js';
import type { PlanFile, Section } from '../../src/schema/contract.js';

function section(id: string, extra: Partial<Section> = {}, children: Section[] = []): Section {
  return {
    id,
    children,
    deadlines: [],
    targets: [],
    responsibility: { units: [], lead: [], support: [] },
    ...extra,
  } as unknown as Section;
}

describe('counts', () => {
  it('walks the tree in outline order without recursion (a deep chain does not overflow)', () => {
    const tree = [section('1', {}, [section('1.1', {}, [section('1.1.1')]), section('1.2')]), section('2')];
    expect(allSections(tree).map((s) => s.id)).toEqual(['1', '1.1', '1.1.1', '1.2', '2']);
    let deep = section('leaf');
    for (let i = 0; i < 50_000; i++) deep = section(`d${i}`, {}, [deep]);
    expect(allSections([deep])).toHaveLength(50_001);
  });

  it('counts sections, distinct units, deadlines, targets and warnings of every plan', () => {
    const units = (...names: string[]) => ({ responsibility: { units: names, lead: [], support: [] } }) as Partial<Section>;
    const planFile = {
      plans: [
        { sections: [section('1', { ...units('甲局', '乙局'), deadlines: [{}] as Section['deadlines'] }, [section('1.1', units('甲局'))])] },
        { sections: [section('1', { targets: [{}, {}] as Section['targets'] })] },
      ],
      diagnostics: [{ severity: 'warning' }, { severity: 'info' }, { severity: 'error' }],
    } as unknown as PlanFile;
    expect(fileCounts(planFile)).toEqual({ plans: 2, sections: 3, units: 2, deadlines: 1, targets: 2, warnings: 2 });
  });
});
