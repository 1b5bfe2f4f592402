// The streamed JSON of a PlanFile is, piece for piece joined, exactly what JSON.stringify writes.
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBufferInThread as extractBuffer, extractFileInThread as extractFile, type PlanFile } from '../../src/index.js';
import { planFileJson, writePiecesSync } from '../../src/io/json-stream.js';
import { CORPUS } from '../helpers.js';

const stringified = (planFile: unknown, pretty: boolean) => `${JSON.stringify(planFile, null, pretty ? 2 : undefined)}\n`;

describe('planFileJson', () => {
  it.each(Object.entries(CORPUS).flatMap(([name, path]) => [[name, path, false] as const, [name, path, true] as const]))(
    '%s (pretty: %s) joins to JSON.stringify',
    async (_name, path, pretty) => {
      const planFile = await extractFile(path);
      expect([...planFileJson(planFile, pretty)].join('')).toBe(stringified(planFile, pretty));
    },
  );

  it('a large document comes in pieces of about 64 K characters', async () => {
    const text = readFileSync(CORPUS.pdfText, 'utf8');
    const planFile = await extractBuffer(Buffer.from(`${text}\n\n`.repeat(8)), 'large.txt');
    const pieces = [...planFileJson(planFile)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 64 * 1024 && piece.length < 2 * 64 * 1024)).toBe(true);
    expect(pieces.join('')).toBe(stringified(planFile, false));
  });

  // shapes a corpus file may not have: no plans, members left out, nesting below the first level
  const section = (id: string, children: unknown[]) => ({ id, title: `标题${id}`, note: undefined, children });
  it.each<[string, unknown]>([
    ['no plans and no diagnostics', { schemaVersion: '1', plans: [], diagnostics: [] }],
    ['undefined members and array slots', { plans: [{ id: 'p1', part: undefined, sections: [section('1', [])] }], diagnostics: [undefined, { code: 'x' }] }],
    ['sections three levels deep', { plans: [{ id: 'p1', sections: [section('1', [section('1.1', [section('1.1.1', [])])]), section('2', [])] }], diagnostics: [] }],
    ['a plan without sections', { plans: [{ id: 'p1', sections: [] }, { id: 'p2', sections: [section('1', [])] }] }],
  ])('%s', (_name, value) => {
    for (const pretty of [false, true]) expect([...planFileJson(value as PlanFile, pretty)].join('')).toBe(stringified(value, pretty));
  });
});

describe('writePiecesSync', () => {
  it('writes every piece, non-ASCII text whole', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pe-json-')), 'out.json');
    const fd = openSync(path, 'w');
    const pieces = ['{"a":"', '推动公立医院'.repeat(20000), '"}\n'];
    expect(writePiecesSync(fd, pieces)).toBe(pieces.join('').length);
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });
});
