// The in-thread port must behave like the worker boundary it replaces: a message is a copy made when
// it is posted (pdf.js mutates objects after sending them), delivered later, with structuredClone's
// semantics for the data pdf.js sends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyMessage, InThreadPort } from '../../src/readers/pdfjs-port.js';

describe('copyMessage', () => {
  it('equals structuredClone on arbitrary plain data, and shares nothing with the original', () => {
    const data = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
        fc.uint8Array({ maxLength: 8 }),
        fc.float32Array({ maxLength: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(data, (value) => {
        const copied = copyMessage(value);
        expect(copied).toEqual(structuredClone(value));
        if (typeof value === 'object' && value !== null) expect(copied).not.toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps shared references and cycles, copies Maps, Sets, typed-array views with their offsets', () => {
    const shared = { str: '医疗', transform: [1, 0, 0, 1, 72, 700] };
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const buffer = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer;
    const view = new Uint8Array(buffer, 2, 3);
    const message = { items: [shared, shared], cyclic, map: new Map([['a', shared]]), set: new Set([1, 2]), view };
    const copied = copyMessage(message) as typeof message;
    expect(copied.items[0]).toBe(copied.items[1]);
    expect(copied.items[0]).not.toBe(shared);
    expect(copied.cyclic.self).toBe(copied.cyclic);
    expect(copied.map.get('a')).toBe(copied.items[0]);
    expect([...copied.set]).toEqual([1, 2]);
    expect([...copied.view]).toEqual([3, 4, 5]);
    expect(copied.view.byteOffset).toBe(2);
    expect(copied.view.buffer).not.toBe(buffer);
    view[0] = 99;
    expect(copied.view[0]).toBe(3);
  });

  it('moves transferred buffers instead of copying them; errors and dates go through structuredClone', () => {
    const data = new Uint8Array([7, 8, 9]);
    const copied = copyMessage({ data, error: new TypeError('bad'), when: new Date(0) }, [data.buffer]) as {
      data: Uint8Array;
      error: Error;
      when: Date;
    };
    expect(copied.data).toBe(data);
    expect(copied.error).toBeInstanceOf(TypeError);
    expect(copied.error.message).toBe('bad');
    expect(copied.when.getTime()).toBe(0);
  });
});

describe('InThreadPort', () => {
  it('delivers later, a copy made at posting time, to every listener until removed', async () => {
    const port = new InThreadPort();
    const received: unknown[] = [];
    const listener = (event: { data: unknown }) => received.push(event.data);
    port.addEventListener('message', listener);
    const chunk = { items: ['第一条'] };
    port.postMessage({ chunk });
    // what pdf.js does after enqueueing a text chunk
    chunk.items = [];
    expect(received).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(received).toEqual([{ chunk: { items: ['第一条'] } }]);
    port.removeEventListener('message', listener);
    port.postMessage('ignored');
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toHaveLength(1);
  });

  it('drops a listener when its abort signal fires, and all of them on terminate', async () => {
    const port = new InThreadPort();
    const seen: string[] = [];
    const controller = new AbortController();
    port.addEventListener('message', () => seen.push('a'), { signal: controller.signal });
    port.addEventListener('message', () => seen.push('b'));
    controller.abort();
    port.postMessage(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['b']);
    port.terminate();
    port.postMessage(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['b']);
  });
});
