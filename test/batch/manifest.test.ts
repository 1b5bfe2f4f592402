// The incremental skip: same bytes and same tool version as what wrote the output → skipped.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { decideSkip, hashFile, previousRecords, type PreviousRecord } from '../../src/batch/manifest.js';
import type { FileRecord, LoadedReport } from '../../src/batch/report.js';

const CONTENT = '关于印发实施方案的通知\n一、总体要求\n';
const SHA = createHash('sha256').update(CONTENT).digest('hex');
const OTHER_SHA = createHash('sha256').update('something else').digest('hex');

let dir: string;
let input: string;
let output: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pe-manifest-'));
  input = join(dir, 'a.txt');
  output = join(dir, 'a.txt.json');
  writeFileSync(input, CONTENT);
});

function writeOutput(sha256: string, version: string): void {
  writeFileSync(output, JSON.stringify({ tool: { name: 'plan-extract', version }, source: { sha256 } }));
}

describe('decideSkip', () => {
  it.each<{ name: string; output: [string, string] | null; previous: PreviousRecord | null; skip: boolean }>([
    { name: 'no output yet', output: null, previous: { sha256: SHA, toolVersion: '1.0.0', counts: null }, skip: false },
    { name: 'report says same bytes and version', output: [SHA, '1.0.0'], previous: { sha256: SHA, toolVersion: '1.0.0', counts: null }, skip: true },
    { name: 'content changed since the report', output: [OTHER_SHA, '1.0.0'], previous: { sha256: OTHER_SHA, toolVersion: '1.0.0', counts: null }, skip: false },
    { name: 'written by another version', output: [SHA, '0.9.0'], previous: { sha256: SHA, toolVersion: '0.9.0', counts: null }, skip: false },
    { name: 'no report (a crash): the output JSON itself says same bytes', output: [SHA, '1.0.0'], previous: null, skip: true },
    { name: 'no report, output from other bytes', output: [OTHER_SHA, '1.0.0'], previous: null, skip: false },
  ])('$name → skip $skip', async ({ output: written, previous, skip }) => {
    if (written) writeOutput(...written);
    const decision = await decideSkip(input, output, previous, '1.0.0');
    expect(decision.skip).toBe(skip);
    if (decision.skip) expect(decision).toEqual({ skip: true, sha256: SHA, bytes: Buffer.byteLength(CONTENT), counts: null });
  });

  it('with no report, a skipped file keeps the counts its output JSON holds', async () => {
    const section = (children: unknown[]) => ({ children, deadlines: [{}], targets: [], responsibility: { units: ['甲局'] } });
    writeFileSync(
      output,
      JSON.stringify({
        tool: { name: 'plan-extract', version: '1.0.0' },
        source: { sha256: SHA },
        plans: [{ sections: [section([section([])])] }],
        diagnostics: [{ severity: 'info' }],
      }),
    );
    const decision = await decideSkip(input, output, null, '1.0.0');
    expect(decision).toMatchObject({ skip: true, counts: { plans: 1, sections: 2, units: 1, deadlines: 2, targets: 0, warnings: 0 } });
  });

  it('does not skip when the output is not JSON', async () => {
    writeFileSync(output, '{ half a file');
    expect((await decideSkip(input, output, null, '1.0.0')).skip).toBe(false);
  });

  it('does not skip (extraction then reports it) when the input is gone', async () => {
    writeOutput(SHA, '1.0.0');
    rmSync(input);
    expect((await decideSkip(input, output, { sha256: SHA, toolVersion: '1.0.0', counts: null }, '1.0.0')).skip).toBe(false);
  });
});

describe('hashFile', () => {
  it('streams the sha256 of a file', async () => {
    expect(await hashFile(input)).toEqual({ sha256: SHA, bytes: Buffer.byteLength(CONTENT) });
  });
});

function record(relative: string, status: FileRecord['status'], sha256: string | null): FileRecord {
  return {
    input: relative,
    relative,
    status,
    output: status === 'failed' ? null : `${relative}.json`,
    sha256,
    bytes: 1,
    toolVersion: '1.0.0',
    code: null,
    message: null,
    durationMs: 1,
    counts: status === 'failed' ? null : { plans: 1, sections: 3, units: 0, deadlines: 0, targets: 0, warnings: 0 },
    emptyReason: null,
  };
}

function loaded(files: FileRecord[]): LoadedReport {
  return { path: 'r', problem: null, report: { files } as LoadedReport['report'] & object };
}

describe('previousRecords', () => {
  it('keeps ok and skipped records, later reports winning, and drops failures', () => {
    const records = previousRecords([
      loaded([record('a', 'ok', 'A1'), record('b', 'ok', 'B1'), record('c', 'failed', null)]),
      loaded([record('a', 'skipped', 'A2')]),
      { path: 'broken', problem: 'not JSON', report: null },
    ]);
    expect([...records.entries()]).toEqual([
      ['a', { sha256: 'A2', toolVersion: '1.0.0', counts: expect.objectContaining({ sections: 3 }) }],
      ['b', { sha256: 'B1', toolVersion: '1.0.0', counts: expect.objectContaining({ sections: 3 }) }],
    ]);
  });
});
