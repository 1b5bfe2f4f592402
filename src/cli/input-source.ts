// What the CLI extracts from: standard input for "-", else the file (a FIFO, a device), read with the
// byte limit counted as the bytes arrive and abandoned when the time limit passes.
import { readInput, readStream } from '../io/read-input.js';
import type { BoundedSource } from '../isolate/bounded.js';

export function inputSource(file: string, maxBytes: number): BoundedSource {
  return {
    path: file,
    read: (signal: AbortSignal) => (file === '-' ? readStream(process.stdin, file, maxBytes, signal) : readInput(file, maxBytes, signal)),
    transfer: true,
  };
}
