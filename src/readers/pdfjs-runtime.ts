// Loads pdf-parse and pdf.js's worker code without letting them slow down the rest of the process.
//
// pdf-parse runs pdf.js's legacy build, which bundles core-js. On loading, core-js replaces native
// built-ins it judges non-conforming in some edge case, for the whole process: on Node 20
// Array.prototype.push becomes a JavaScript function ~6× slower, and JSON.parse and
// Function.prototype.toString are wrapped. Every later document in the process paid for that (in a
// batch, every file a worker converted after its first PDF). pdf.js needs what core-js *adds* (Promise
// .withResolvers, Set methods, Iterator helpers…), not those edge cases (push beyond 2^53 - 1 elements,
// JSON.parse's source-text access), so the replaced natives are put back and the additions kept.
//
// The worker code is loaded here too (pdf.js uses globalThis.pdfjsWorker when it is set), so that
// its own copy of core-js also runs before the natives are restored, not later during a document.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

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

let loading: Promise<PdfParseModule> | undefined;

/** pdf-parse, with pdf.js's worker code in this thread and the process's natives intact. */
export function loadPdfParse(): Promise<PdfParseModule> {
  loading ??= (async () => {
    const before = snapshotIntrinsics();
    try {
      const pdfParse = await import('pdf-parse');
      // pdf-parse's own pdfjs-dist, whatever the install's layout
      const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
      await import(pathToFileURL(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href);
      return pdfParse;
    } finally {
      restoreReplaced(before);
    }
  })();
  return loading;
}
