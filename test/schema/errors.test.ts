// One error type: anything thrown becomes a PlanExtractError with a stable code; an input that
// exhausts a resource is E_TOO_LARGE, not a bug to report.
import { describe, expect, it } from 'vitest';
import { asPlanExtractError, ERROR_CODES, errorLine, PlanExtractError, printableName } from '../../src/schema/errors.js';

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

const deeper = (depth: number): number => deeper(depth + 1) + 1;

describe('asPlanExtractError', () => {
  it.each([
    ['a real stack overflow', () => thrown(() => deeper(0)), 'E_TOO_LARGE'],
    ['a string past V8’s length limit', () => thrown(() => 'x'.repeat(2 ** 30)), 'E_TOO_LARGE'],
    ['any other RangeError', () => new RangeError('Invalid time value'), 'E_INTERNAL'],
    ['a TypeError', () => new TypeError('x is not a function'), 'E_INTERNAL'],
    ['a PlanExtractError', () => new PlanExtractError('E_CORRUPT_PDF', 'broken'), 'E_CORRUPT_PDF'],
  ])('%s → %s, naming the file', (_name, make, code) => {
    expect(asPlanExtractError(make(), 'a.docx')).toMatchObject({ code, file: 'a.docx' });
  });
});

describe('printableName and errorLine: one line, whatever a name holds', () => {
  it.each([
    ['corpus/a.txt', 'corpus/a.txt'],
    ['实施方案 (2).docx', '实施方案 (2).docx'],
    ['a\nplan-extract: b.txt: E_OK: x', '"a\\nplan-extract: b.txt: E_OK: x"'],
    ['tab\there', '"tab\\there"'],
    ['bell\u0007', '"bell\\u0007"'],
    ['del\u007f and c1\u0085', '"del\\u007f and c1\\u0085"'],
    ['line\u2028separator', '"line\\u2028separator"'],
    ['plan\u202eexe.txt', '"plan\\u202eexe.txt"'],
    ['"quoted"', '"\\"quoted\\""'],
    ['back\\slash', 'back\\slash'],
  ])('%j → %s', (name, shown) => {
    expect(printableName(name)).toBe(shown);
  });

  it('escapes a message too, and adds the hint of a known code only', () => {
    expect(errorLine('a.docx', 'E_TOO_LARGE', 'zip entry x\ny is big')).toBe(
      `a.docx: E_TOO_LARGE: zip entry x\\ny is big (${ERROR_CODES.E_TOO_LARGE.hint})`,
    );
    expect(errorLine(null, 'E_SOMETHING_NEW', 'what happened')).toBe('E_SOMETHING_NEW: what happened');
  });
});
