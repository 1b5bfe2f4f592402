// Which command lines start the extraction thread before the CLI has loaded.
import { describe, expect, it } from 'vitest';
import { runsDefaultCommand } from '../../src/isolate/prestart.js';

describe('runsDefaultCommand', () => {
  it.each([
    [['a.txt'], true],
    [['-o', 'out/', 'a.txt', 'b.pdf'], true],
    [['extract', 'a.txt'], true],
    [['-o', 'out/', '--', '--help', 'a.txt'], true],
    [[], false],
    [['--help'], false],
    [['a.txt', '--help'], false],
    [['-V'], false],
    [['batch', 'in/', '-o', 'out/'], false],
    [['export', 'out/', '--to', 'a.csv'], false],
    [['diff', 'a.txt', 'b.txt'], false],
    [['help'], false],
  ])('%j → %s', (args, expected) => {
    expect(runsDefaultCommand(args)).toBe(expected);
  });
});
