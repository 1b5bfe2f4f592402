// The channel between pdf.js's document side and its worker side when both run in this thread.
//
// pdf.js's own in-thread channel (LoopbackPort) copies every message with structuredClone, as a real
// worker boundary would. Text content arrives as ~60 small messages per page, and that native
// serialise-and-parse was a fifth of all PDF time. This port keeps the copy — the worker side reuses
// and mutates objects after sending them — but makes it in JavaScript, for the plain data pdf.js
// sends: objects, arrays, typed arrays, Maps and Sets, with shared references and cycles kept.
// Anything else goes to structuredClone, so the semantics stay those of a worker boundary.

type Listener = (this: InThreadPort, event: { data: unknown }) => void;

/** A copy of `value` as structuredClone would make it; `transfer`red buffers are moved, not copied. */
export function copyMessage(value: unknown, transfer: readonly unknown[] = []): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const moved = new Set(transfer);
  const copies = new Map<object, unknown>();
  const copy = (original: unknown): unknown => {
    if (typeof original !== 'object' || original === null) return original;
    const known = copies.get(original);
    if (known !== undefined) return known;
    if (Array.isArray(original)) {
      const array: unknown[] = new Array(original.length);
      copies.set(original, array);
      for (let index = 0; index < original.length; index++) array[index] = copy(original[index]);
      return array;
    }
    const prototype = Object.getPrototypeOf(original) as object | null;
    if (prototype === Object.prototype || prototype === null) {
      const object: Record<string, unknown> = prototype === null ? Object.create(null) : {};
      copies.set(original, object);
      for (const key of Object.keys(original)) object[key] = copy((original as Record<string, unknown>)[key]);
      return object;
    }
    if (original instanceof Map) {
      const map = new Map<unknown, unknown>();
      copies.set(original, map);
      for (const [key, entry] of original) map.set(copy(key), copy(entry));
      return map;
    }
    if (original instanceof Set) {
      const set = new Set<unknown>();
      copies.set(original, set);
      for (const entry of original) set.add(copy(entry));
      return set;
    }
    let other: unknown;
    if (original instanceof ArrayBuffer) other = moved.has(original) ? original : original.slice(0);
    else if (ArrayBuffer.isView(original) && original.buffer instanceof ArrayBuffer) {
      // as structuredClone: a view over a copy of its whole buffer, one copy per buffer per message
      const View = original.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => ArrayBufferView;
      const length = original instanceof DataView ? original.byteLength : (original as unknown as Uint8Array).length;
      other = moved.has(original.buffer) ? original : new View(copy(original.buffer) as ArrayBuffer, original.byteOffset, length);
    } else other = structuredClone(original);
    copies.set(original, other);
    return other;
  };
  return copy(value);
}

/** A MessagePort-like pair end for pdf.js's MessageHandler: both sides listen on the same object. */
export class InThreadPort {
  #listeners = new Map<Listener, (() => void) | null>();
  #deferred = Promise.resolve();

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    const event = { data: copyMessage(message, transfer) };
    // delivered later, as from a worker: the sender goes on before the receiver sees anything
    void this.#deferred.then(() => {
      for (const listener of [...this.#listeners.keys()]) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    let detach: (() => void) | null = null;
    if (signal) {
      const onAbort = (): void => this.removeEventListener(_type, listener);
      signal.addEventListener('abort', onAbort);
      detach = () => signal.removeEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, detach);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const detach of this.#listeners.values()) detach?.();
    this.#listeners.clear();
  }
}
