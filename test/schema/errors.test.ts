// One error type: anything thrown becomes a PlanExtractError with a stable code; an input that
// exhausts a resource is E_TOO_LARGE, not a bug to report.
import { describe, expect, it } from 'vitest';
import { asPlanExtractError, PlanExtractError } from '../../src/schema/errors.js';

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
