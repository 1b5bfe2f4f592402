// Property tests: whatever bytes arrive, the pipeline (in this thread) either returns a PlanFile that validates
// against the contract or throws a PlanExtractError with a stable code; it never hangs and never
// throws anything else. Inputs are real corpus documents, mutated.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBufferInThread, PlanExtractError, PlanFileSchema } from '../../src/index.js';
import { CORPUS } from '../helpers.js';

const documents = Object.values(CORPUS).map((path) => readFileSync(path));
const gb18030 = new TextEncoder(); // UTF-8 bytes; mixed with raw GB bytes below
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

// No time limit: a limit would turn a hang into E_TIMEOUT, an accepted code. A hang instead runs
// into the test's own timeout and fails it.
async function outcome(bytes: Uint8Array, name = 'fuzz.txt'): Promise<'ok' | string> {
  try {
    const planFile = await extractBufferInThread(bytes, name, { limits: { timeoutMs: 0 } });
    expect(PlanFileSchema.safeParse(planFile).success).toBe(true);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(PlanExtractError);
    expect((error as PlanExtractError).code).not.toBe('E_INTERNAL');
    return (error as PlanExtractError).code;
  }
}

const documentArb = fc.constantFrom(...documents);

const mutations = {
  truncated: fc.tuple(documentArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([doc, at]) =>
    doc.subarray(0, Math.floor(doc.length * at)),
  ),
  flipped: fc.tuple(documentArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 })).map(
    ([doc, flips]) => {
      const copy = Uint8Array.from(doc);
      for (const [at, value] of flips) copy[at % copy.length] = value;
      return copy;
    },
  ),
  shuffled: fc.tuple(documentArb, fc.integer()).map(([doc, seed]) => {
    const lines = doc.toString('utf8').split('\n');
    let state = seed >>> 0 || 1;
    for (let i = lines.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) >>> 0;
      const j = state % (i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return gb18030.encode(lines.join('\n'));
  }),
  mixedEncodings: fc.tuple(documentArb, documentArb).map(([a, b]) => {
    const gbBytes = Buffer.from(new TextDecoder('utf-8').decode(b).slice(0, 2000), 'latin1');
    return Buffer.concat([a.subarray(0, 3000), gbBytes, a.subarray(3000, 6000)]);
  }),
  markerSoup: fc
    .array(fc.constantFrom('一、', '（一）', '1.', '（1）', '①', '篇一', '第一条', '牵头单位：', '到2025年', '达到90%以上', '。', '\n', '\t', '县卫生健康局、', '20xx年', '□', '1:2'), {
      maxLength: 400,
    })
    .map((parts) => gb18030.encode(parts.join(''))),
  randomUnicode: fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => gb18030.encode(text)),
};

describe('the library never crashes, hangs or writes invalid JSON', () => {
  it.each(Object.entries(mutations))('%s documents', async (_name, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (bytes) => {
        const result = await outcome(bytes);
        expect(typeof result).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});
