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

/** What the reader needs: pdf-parse, and a pdf.js worker living in this thread (see pdfjs-port.ts). */
export interface PdfRuntime {
  pdfParse: PdfParseModule;
  /** pass as `worker` to getDocument: one for the whole process, never destroyed with a document */
  worker: unknown;
  /** pdf.js's own character maps (PDFs that use the predefined Chinese CMaps, Adobe-GB1) */
  cMapUrl: string;
}

interface PdfjsDisplay {
  PDFWorker: new (options: { port: InThreadPort; verbosity?: number }) => unknown;
}
interface PdfjsWorkerSide {
  WorkerMessageHandler: { initializeFromPort(port: InThreadPort): void };
}

let loading: Promise<PdfRuntime> | undefined;

/** pdf-parse and pdf.js's worker side in this thread, with the process's natives intact. */
export function loadPdfRuntime(): Promise<PdfRuntime> {
  loading ??= (async () => {
    const before = snapshotIntrinsics();
    try {
      const pdfParse = await import('pdf-parse');
      // pdf-parse's own pdfjs-dist (the same module instances it uses), whatever the install's layout
      const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
      const url = (path: string): string => pathToFileURL(fromPdfParse.resolve(path)).href;
      const display = (await import(url('pdfjs-dist/legacy/build/pdf.mjs'))) as PdfjsDisplay;
      const workerSide = (await import(url('pdfjs-dist/legacy/build/pdf.worker.mjs'))) as PdfjsWorkerSide;
      const port = new InThreadPort();
      workerSide.WorkerMessageHandler.initializeFromPort(port);
      // pdf.js wants a trailing '/' whatever the platform
      const cMapUrl = join(dirname(fromPdfParse.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
      return { pdfParse, worker: new display.PDFWorker({ port, verbosity: 0 }), cMapUrl };
    } finally {
      restoreReplaced(before);
    }
  })();
  return loading;
}
