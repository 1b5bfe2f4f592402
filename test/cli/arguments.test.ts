// The command line before commander: the default command made explicit, and typos of commands.
import { describe, expect, it } from 'vitest';
import { closestCommand, editDistance, withDefaultCommand } from '../../src/cli/arguments.js';

const COMMANDS = ['extract', 'diff', 'batch', 'export', 'help'];

describe('withDefaultCommand', () => {
  it.each([
    [['a.txt'], ['extract', 'a.txt']],
    [['-o', 'out/', '--', '--help', 'a.txt'], ['extract', '-o', 'out/', '--', '--help', 'a.txt']],
    [['--', '--help'], ['extract', '--', '--help']],
    [['--pretty', 'a.txt'], ['extract', '--pretty', 'a.txt']],
    [['batch', 'in/'], ['batch', 'in/']],
    [['extract', 'a.txt'], ['extract', 'a.txt']],
    [['--help'], ['--help']],
    [['-V'], ['-V']],
    [[], []],
  ])('%j → %j', (args, expected) => {
    expect(withDefaultCommand(args, COMMANDS, 'extract')).toEqual(expected);
  });
});

describe('closestCommand', () => {
  it.each([
    ['exprot', 'export'],
    ['bach', 'batch'],
    ['dif', 'diff'],
    ['Batch', 'batch'],
    ['extarct', 'extract'],
    ['plan', null],
    ['data', null],
    ['export.txt', null],
    ['plans/export', null],
    ['实施方案', null],
  ])('%s → %s', (word, expected) => {
    expect(closestCommand(word, COMMANDS)).toBe(expected);
  });

  it.each([
    ['export', 'export', 0],
    ['exprot', 'export', 1],
    ['bach', 'batch', 1],
    ['', 'diff', 4],
  ])('editDistance(%s, %s) = %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});
