// The review page in a real browser: Debian's Chromium driven by playwright-core (no browser is ever
// downloaded). Clicking a target lights exactly its text in the source; the tree's counts are the
// JSON's; the filters and source clicks work; a hostile plan runs no script and injects no element.
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFileWithSourceInThread as extractFileWithSource, type PlanFile, type Section } from '../../src/index.js';
import { reviewPage } from '../../src/review/index.js';
import { foldText } from '../../src/review/spans.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES = {
  prefecture: 'corpus/001_c38e02297bde183b.txt',
  pdf: 'corpus/variants/003_186f3881ae8b0189.pdf',
  hostile: 'test/review/fixtures/hostile.txt',
} as const;

const flatten = (sections: Section[]): Section[] => sections.flatMap((section) => [section, ...flatten(section.children)]);
const sectionsOf = (planFile: PlanFile) => planFile.plans.flatMap((plan) => flatten(plan.sections));

const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it)`);

describe.skipIf(missing)(`the review page in Chromium (${CHROMIUM})`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'plan-extract-browser-'));
  const planFiles = new Map<string, PlanFile>();
  const urls = new Map<string, string>();
  let context: BrowserContext;

  beforeAll(async () => {
    for (const [name, file] of Object.entries(PAGES)) {
      const { planFile, source } = await extractFileWithSource(file);
      const path = join(folder, `${name}.html`);
      writeFileSync(path, await reviewPage(planFile, source));
      planFiles.set(name, planFile);
      urls.set(name, pathToFileURL(path).href);
    }
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(folder, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  async function open(name: keyof typeof PAGES): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(urls.get(name)!);
    return { page, errors };
  }

  it.each([
    ['prefecture', 0],
    ['prefecture', 3],
    ['pdf', 0],
  ] as const)('%s: clicking target %i lights exactly its text in the source, scrolled into view', async (name, index) => {
    const { page, errors } = await open(name);
    const target = sectionsOf(planFiles.get(name)!).flatMap((section) => section.targets)[index]!;
    const link = page.locator('a.v.k-target').nth(index);
    expect(await link.textContent()).toBe(target.text);
    await link.click();
    const lit = await page.locator('#source mark.lit').allTextContents();
    expect(foldText(lit.join(''))).toBe(foldText(target.text));
    const lines = await page.locator('#source mark.lit').evaluateAll((marks) => marks.map((mark) => mark.closest('.ln')!.id));
    expect(lines).toContain(`L${target.line}`);
    const visible = await page.locator('#source mark.lit').first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const pane = document.getElementById('source')!.getBoundingClientRect();
      return box.top >= pane.top && box.bottom <= pane.bottom;
    });
    expect(visible).toBe(true);
    const shot = join(folder, `${name}-target-${index}.png`);
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['prefecture', 'pdf'] as const)('%s: the tree and the summary count what the JSON holds', async (name) => {
    const { page } = await open(name);
    const sections = sectionsOf(planFiles.get(name)!);
    const count = (selector: string) => page.locator(selector).count();
    expect(await count('#outline li.node')).toBe(sections.length);
    expect(await count('#outline a.v.k-target')).toBe(sections.reduce((sum, section) => sum + section.targets.length, 0));
    expect(await count('#outline a.v.k-deadline')).toBe(sections.reduce((sum, section) => sum + section.deadlines.length, 0));
    expect(await count('#outline a.v.k-lead')).toBe(sections.reduce((sum, section) => sum + section.responsibility.lead.length, 0));
    const summary = async (key: string) => Number(await page.locator(`.summary [data-count="${key}"] .n`).textContent());
    expect(await summary('sections')).toBe(sections.length);
    expect(await summary('targets')).toBe(sections.reduce((sum, section) => sum + section.targets.length, 0));
    expect(await summary('units')).toBe(new Set(sections.flatMap((section) => section.responsibility.units)).size);
    expect(await summary('warnings')).toBe(planFiles.get(name)!.diagnostics.length);
    await page.close();
  });

  it('clicking the source selects the item of that line, opening its branch', async () => {
    const { page } = await open('prefecture');
    await page.locator('button[data-open="none"]').click();
    await page.locator('#L71 .tx').click({ position: { x: 5, y: 5 } });
    const owner = sectionsOf(planFiles.get('prefecture')!).filter((section) => section.span.startLine <= 71 && 71 <= section.span.endLine).pop()!;
    expect(await page.locator('li.node.sel').getAttribute('id')).toBe(`n-${owner.id}`);
    expect(await page.locator('li.node.sel').isVisible()).toBe(true);
    await page.close();
  });

  it('filters: targets only, items without units', async () => {
    const { page } = await open('prefecture');
    const sections = sectionsOf(planFiles.get('prefecture')!);
    const visible = (selector: string) => page.locator(`${selector}:visible`).count();
    await page.getByRole('button', { name: 'Targets only' }).click();
    expect(await visible('#outline a.v.k-target')).toBe(sections.reduce((sum, section) => sum + section.targets.length, 0));
    expect(await visible('#outline a.v.k-lead')).toBe(0);
    await page.getByRole('button', { name: 'Targets only' }).click();
    await page.getByRole('button', { name: 'Items without units' }).click();
    const shown = await page.locator('#outline li.node.no-units:visible').count();
    expect(shown).toBe(await page.locator('#outline li.node.no-units').count());
    expect(shown).toBeGreaterThan(0);
    expect(await visible('#outline li.node:not(.m-nounits)')).toBe(0);
    await page.close();
  });

  it('a diagnostic is a link to its line', async () => {
    const { page } = await open('pdf');
    const diagnostic = planFiles.get('pdf')!.diagnostics[0]!;
    await page.locator('.diags a').first().click();
    expect(await page.locator('#source .ln.lit').getAttribute('id')).toBe(`L${diagnostic.span!.startLine}`);
    await page.close();
  });

  it('a hostile plan runs no script and injects no element, even when its values are clicked', async () => {
    const { page, errors } = await open('hostile');
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.reload();
    for (const link of await page.locator('#outline a.v').all()) await link.click();
    await page.locator('#L4 .tx').click();
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll('img, svg, b, iframe, object, embed').length,
      scripts: document.scripts.length,
      pwned: document.body.dataset.pwned ?? null,
      text: document.getElementById('L1')!.textContent,
    }));
    expect(dialogs).toEqual([]);
    expect(injected).toEqual({ elements: 0, scripts: 1, pwned: null, text: '1<script>alert(1)</script>某县实施方案"><img src=x onerror=alert(1)>' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
