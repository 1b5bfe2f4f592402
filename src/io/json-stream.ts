// A PlanFile's JSON in pieces: exactly the text of JSON.stringify(planFile, null, pretty ? 2 : undefined)
// plus a newline, without ever holding all of it. For a 100 MB text the whole string is ~190 MB
// (two bytes a character), built while the PlanFile is still alive. The plans, their sections and the
// diagnostics are written one by one; everything below a section (its span, units, targets…) goes
// through JSON.stringify whole, so the native serialiser still does nearly all the work.
import { writeSync } from 'node:fs';
import type { PlanFile } from '../schema/contract.js';

/** Pieces are joined until they reach this many characters: a write each, not one per section. */
const PIECE_CHARS = 64 * 1024;

/** Which members are written one by one: `each` for the elements of an array, a key for an object's member. */
interface Streamed {
  each?: Streamed;
  keys?: Record<string, Streamed>;
}

// the section tree nests to any depth: a section's children are sections
const SECTIONS: Streamed = {};
SECTIONS.each = { keys: { children: SECTIONS } };
const PLAN_FILE: Streamed = { keys: { plans: { each: { keys: { sections: SECTIONS } } }, diagnostics: { each: {} } } };

/** JSON.stringify leaves out object members whose value is undefined, a function or a symbol. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** JSON.stringify of `value` at nesting `level`: its inner lines indented to that level. */
function whole(value: unknown, indent: string, level: number): string {
  const text = JSON.stringify(value, null, indent || undefined) ?? 'null';
  return indent && level > 0 && text.includes('\n') ? text.replace(/\n/g, `\n${indent.repeat(level)}`) : text;
}

function* pieces(value: unknown, streamed: Streamed | undefined, indent: string, level: number): Generator<string> {
  if (Array.isArray(value) && streamed?.each && value.length > 0) {
    const inner = indent ? `\n${indent.repeat(level + 1)}` : '';
    for (let index = 0; index < value.length; index++) {
      yield index === 0 ? `[${inner}` : `,${inner}`;
      const element: unknown = value[index];
      yield* pieces(omitted(element) ? null : element, streamed.each, indent, level + 1);
    }
    yield indent ? `\n${indent.repeat(level)}]` : ']';
    return;
  }
  const keys = streamed?.keys;
  if (keys && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(keys).some((key) => hasMembers((value as Record<string, unknown>)[key]))) {
    const inner = indent ? `\n${indent.repeat(level + 1)}` : '';
    const colon = indent ? ': ' : ':';
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (omitted(member)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${colon}`;
      first = false;
      yield* pieces(member, keys[key], indent, level + 1);
    }
    yield first ? '{}' : indent ? `\n${indent.repeat(level)}}` : '}';
    return;
  }
  yield whole(value, indent, level);
}

/** True for a non-empty array: only then is a streamed member worth writing member by member. */
function hasMembers(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/**
 * The JSON text of a PlanFile, as the CLI writes it (JSON.stringify with `pretty` → two spaces, then
 * a newline), in pieces of about 64 K characters.
 */
export function* planFileJson(planFile: PlanFile, pretty = false): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces(planFile, PLAN_FILE, pretty ? '  ' : '', 0)) {
    buffer.push(piece);
    length += piece.length;
    if (length >= PIECE_CHARS) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  buffer.push('\n');
  yield buffer.join('');
}

/**
 * The same JSON as UTF-8, one Uint8Array a piece, each over an ArrayBuffer of its own: they can be
 * transferred from the extraction thread to its caller (Buffer.from would hand out slices of a
 * shared pool, which a transfer would detach).
 */
export function planFileJsonBytes(planFile: PlanFile, pretty = false): Uint8Array[] {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const piece of planFileJson(planFile, pretty)) chunks.push(encoder.encode(piece));
  return chunks;
}

/** Writes every piece to an open file (all of its bytes, however many writes that takes); returns the characters. */
export function writePiecesSync(fd: number, pieces: Iterable<string | Uint8Array>): number {
  let characters = 0;
  for (const piece of pieces) {
    characters += piece.length;
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
  }
  return characters;
}

/**
 * Writes every piece to a stream (standard output), waiting whenever it asks to drain. Its errors
 * are left to the stream's own listener (cli/main.ts ends quietly on a closed pipe: `| head -c 10`),
 * so the wait ends at 'drain' or 'close', never by rejecting.
 */
export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const closed = (): boolean => (stream as { destroyed?: boolean }).destroyed === true;
  for (const piece of pieces) {
    if (closed()) return;
    if (stream.write(piece) || closed()) continue;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
    });
  }
}
