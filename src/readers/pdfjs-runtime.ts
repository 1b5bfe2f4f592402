// Loads pdf-parse and pdf.js's worker side without letting them slow down the rest of the process.
//
// pdf-parse runs pdf.js's legacy build, which bundles core-js. On loading, core-js replaces native
// built-ins it judges non-conforming in some edge case, for the whole process: on Node 20
// Array.prototype.push becomes a JavaScript function ~6× slower, and JSON.parse and
// Function.prototype.toString are wrapped. Every later document in the process paid for that (in a
// batch, every file a worker converted after its first PDF). pdf.js needs what core-js *adds* (Promise
// .withResolvers, Set methods, Iterator helpers…), not those edge cases (push beyond 2^53 - 1 elements,
// JSON.parse's source-text access), so the replaced natives are put back and the additions kept.
//
// pdf.js's worker side is loaded here too and joined to the document side by our own in-thread port
// (pdfjs-port.ts), so that its own copy of core-js also runs before the natives are restored.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InThreadPort } from './pdfjs-port.js';

type PdfParseModule = typeof import('pdf-parse');

/** The intrinsics core-js may patch; their own properties are compared before and after loading. */
function intrinsics(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  return [
    Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype,
    Number, Number.prototype, Math, JSON, Promise, Promise.prototype, Map.prototype, Set.prototype,
    WeakMap.prototype, Symbol, RegExp.prototype, ArrayBuffer.prototype, typedArray,
    (typedArray as { prototype: object }).prototype, Uint8Array, Uint8Array.prototype, globalThis,
  ];
}

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

export function snapshotIntrinsics(): Snapshot {
  const taken: Snapshot = new Map();
  for (const owner of intrinsics()) {
    const properties = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(owner)) properties.set(key, Object.getOwnPropertyDescriptor(owner, key)!);
    taken.set(owner, properties);
  }
  return taken;
}

/** Puts back every property that existed before and was replaced; returns their names. */
export function restoreReplaced(before: Snapshot): string[] {
  const restored: string[] = [];
  for (const [owner, properties] of before) {
    for (const [key, descriptor] of properties) {
      const now = Object.getOwnPropertyDescriptor(owner, key);
      const same = now !== undefined && Object.is(now.value, descriptor.value) && now.get === descriptor.get && now.set === descriptor.set;
      if (same || !descriptor.configurable) continue;
      Object.defineProperty(owner, key, descriptor);
      restored.push(String(key));
    }
  }
  return restored;
}

// pdf.js has no option to bound what its streams inflate: a 1 MB page stream of a gigabyte of zeros
// took 32 s and 2.1 GB. Every decoding stream (Flate, LZW, …, and filter chains) grows its buffer
// in DecodeStream.ensureBuffer, so the worker side is loaded with that one method given a budget
// check: the growth is charged to the budget of the document being read (inflateBudget), and past
// it the method throws and the budget records that it was exceeded (pdf.js ignores some errors,
// so the reader asks the budget, not the error).
const ENSURE_BUFFER = `  ensureBuffer(requested) {
    const buffer = this.buffer;
    if (requested <= buffer.byteLength) {
      return buffer;
    }
    let size = this.minBufferLength;
    while (size < requested) {
      size *= 2;
    }
    const buffer2 = new Uint8Array(size);`;
const BUDGET_KEY = Symbol.for('plan-extract.pdfInflateBudget');

/** What pdf.js may still inflate for the documents being read in this thread. */
export class InflateBudget {
  remaining: number;
  exceeded = false;
  constructor(readonly limit: number) {
    this.remaining = limit;
  }
}

const budgets = new Set<InflateBudget>();

/** Runs `work` with `budget` charged for every buffer pdf.js grows while it runs (nested calls share). */
export async function withInflateBudget<T>(budget: InflateBudget, work: () => Promise<T>): Promise<T> {
  budgets.add(budget);
  try {
    return await work();
  } finally {
    budgets.delete(budget);
  }
}

// Called by the patched ensureBuffer with the bytes a buffer grows by. With several documents open
// in one thread their budgets are pooled: none can tell whose stream is growing.
function charge(bytes: number): void {
  if (budgets.size === 0) return;
  let remaining = 0;
  for (const budget of budgets) remaining += budget.remaining;
  if (bytes <= remaining) {
    for (const budget of budgets) {
      const taken = Math.min(bytes, budget.remaining);
      budget.remaining -= taken;
      bytes -= taken;
    }
    return;
  }
  for (const budget of budgets) budget.exceeded = true;
  throw new Error(`plan-extract: a PDF stream inflates past the limit of ${[...budgets][0]!.limit} bytes`);
}

/** The worker side's source with the budget check in DecodeStream.ensureBuffer, or null when its code changed. */
export function budgetedWorkerSource(source: string): string | null {
  const at = source.indexOf('class DecodeStream extends BaseStream {');
  if (at < 0) return null;
  const method = source.indexOf(ENSURE_BUFFER, at);
  const nextClass = source.indexOf('\nclass ', at + 1);
  if (method < 0 || (nextClass >= 0 && method > nextClass)) return null;
  const checked = ENSURE_BUFFER.replace(
    '    const buffer2 = new Uint8Array(size);',
    `    globalThis[Symbol.for('plan-extract.pdfInflateBudget')]?.(size - buffer.byteLength);\n    const buffer2 = new Uint8Array(size);`,
  );
  return source.slice(0, method) + checked + source.slice(method + ENSURE_BUFFER.length);
}

// pdf.js's worker side sends a page's text content in chunks of 10 items (TEXT_CHUNK_BATCH_SIZE)
// while the document side asks for up to 100 at a time (streamTextContent's highWaterMark): with
// LibreOffice's PDFs (a font switch every few items) that was ~60 chunks a page, each an enqueue, a
// pull and its answer through the port. Batches of 100, the most the document side takes before
// it pulls again, make it ~6; the items and their order are unchanged.
const TEXT_CHUNK_BATCH = 'const TEXT_CHUNK_BATCH_SIZE = 10;';
const DOCUMENT_SIDE_CHUNK = 100;

/** The worker side's source with text content sent in batches of 100 items, or null when its code changed. */
export function batchedTextSource(source: string): string | null {
  const at = source.indexOf(TEXT_CHUNK_BATCH);
  if (at < 0 || source.indexOf(TEXT_CHUNK_BATCH, at + 1) >= 0) return null;
  return source.slice(0, at) + `const TEXT_CHUNK_BATCH_SIZE = ${DOCUMENT_SIDE_CHUNK};` + source.slice(at + TEXT_CHUNK_BATCH.length);
}

/** What the reader needs: pdf-parse, and a pdf.js worker living in this thread (see pdfjs-port.ts). */
export interface PdfRuntime {
  pdfParse: PdfParseModule;
  /** pass as `worker` to getDocument: one for the whole process, never destroyed with a document */
  worker: unknown;
  /** pdf.js's own character maps (PDFs that use the predefined Chinese CMaps, Adobe-GB1) */
  cMapUrl: string;
  /** whether the worker side checks inflateBudget (false only if pdf.js's code no longer matches) */
  budgeted: boolean;
}

interface PdfjsDisplay {
  PDFWorker: new (options: { port: InThreadPort; verbosity?: number }) => unknown;
}
interface PdfjsWorkerSide {
  WorkerMessageHandler: { initializeFromPort(port: InThreadPort): void };
}

// pdf.js's display side, on loading in Node, requires @napi-rs/canvas for the three globals it
// polyfills (DOMMatrix, ImageData, Path2D). That loads skia, a 30 MB native library (~30 ms of CPU
// and a page-in of the library on every cold run), which only rendering uses. While the display side
// loads, its require of the package gets the package's own DOMMatrix (plain JavaScript,
// geometry.js; the worker side uses it to trace Type3 glyph masks, so it must be the real one) and
// an ImageData and a Path2D that load the native package when first constructed (only rendering
// constructs them).
const CANVAS = '@napi-rs/canvas';

function textOnlyCanvas(require: NodeJS.Require): object {
  const { DOMMatrix } = require(`${CANVAS}/geometry.js`) as { DOMMatrix: unknown };
  const onFirstUse = (name: 'ImageData' | 'Path2D') =>
    function (...args: unknown[]): object {
      const Native = (require(CANVAS) as Record<string, new (...args: unknown[]) => object>)[name]!;
      return new Native(...args);
    };
  return { DOMMatrix, ImageData: onFirstUse('ImageData'), Path2D: onFirstUse('Path2D') };
}

/** Runs `load` with `require('@napi-rs/canvas')` through process.getBuiltinModule('module') answered by textOnlyCanvas. */
async function withTextOnlyCanvas<T>(load: () => Promise<T>): Promise<T> {
  const getBuiltinModule = process.getBuiltinModule;
  const createRequireFor = (create: typeof createRequire) => (from: string | URL) => {
    const require = create(from);
    return Object.assign((request: string) => (request === CANVAS ? textOnlyCanvas(require) : require(request)), require);
  };
  process.getBuiltinModule = ((id: string) => {
    const builtin = getBuiltinModule(id) as unknown;
    if (id !== 'module' && id !== 'node:module') return builtin;
    const create = createRequireFor((builtin as { createRequire: typeof createRequire }).createRequire);
    return new Proxy(builtin as object, { get: (target, key) => (key === 'createRequire' ? create : Reflect.get(target, key)) });
  }) as typeof process.getBuiltinModule;
  try {
    return await load();
  } finally {
    process.getBuiltinModule = getBuiltinModule;
  }
}

let loading: Promise<PdfRuntime> | undefined;

/** pdf-parse and pdf.js's worker side in this thread, with the process's natives intact. */
export function loadPdfRuntime(): Promise<PdfRuntime> {
  loading ??= (async () => {
    const before = snapshotIntrinsics();
    try {
      const pdfParse = await withTextOnlyCanvas(() => import('pdf-parse'));
      // pdf-parse's own pdfjs-dist (the same module instances it uses), whatever the install's layout
      const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
      const url = (path: string): string => pathToFileURL(fromPdfParse.resolve(path)).href;
      const display = (await import(url('pdfjs-dist/legacy/build/pdf.mjs'))) as PdfjsDisplay;
      const workerPath = fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
      const original = readFileSync(workerPath, 'utf8');
      const budgetedSource = budgetedWorkerSource(batchedTextSource(original) ?? original);
      (globalThis as Record<symbol, unknown>)[BUDGET_KEY] = charge;
      const workerSide = (await import(
        budgetedSource === null ? url('pdfjs-dist/legacy/build/pdf.worker.mjs') : `data:text/javascript;base64,${Buffer.from(budgetedSource).toString('base64')}`
      )) as PdfjsWorkerSide;
      const port = new InThreadPort();
      workerSide.WorkerMessageHandler.initializeFromPort(port);
      // pdf.js wants a trailing '/' whatever the platform
      const cMapUrl = join(dirname(fromPdfParse.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
      return { pdfParse, worker: new display.PDFWorker({ port, verbosity: 0 }), cMapUrl, budgeted: budgetedSource !== null };
    } finally {
      restoreReplaced(before);
    }
  })();
  return loading;
}
