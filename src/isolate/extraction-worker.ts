// The extraction thread's entry: each request runs the pipeline in this thread and answers once, with
// a value or an error code. The caller enforces the time limit (by terminating this thread); the
// heap limit is the thread's own.
import { parentPort } from 'node:worker_threads';
import { extractHashedInThread, extractHashedWithSource } from '../pipeline.js';
import { asPlanExtractError } from '../schema/errors.js';
import { guardProcessExit } from './exit-guard.js';
import type { ExtractionAnswer, ExtractionRequest } from './protocol.js';
import { isJsonOutput, jsonOutputOf } from './json-output.js';

guardProcessExit();

async function answer(request: ExtractionRequest): Promise<ExtractionAnswer> {
  try {
    const options = { limits: { ...request.limits, timeoutMs: 0 } };
    // the pipeline lets go of the bytes once read; the request must not keep them either
    const bytes = { bytes: request.bytes as Uint8Array | null };
    request.bytes = new Uint8Array(0);
    if (request.output === 'with-source') {
      return { ok: true, value: await extractHashedWithSource(bytes, request.path, request.sha256, options) };
    }
    const planFile = await extractHashedInThread(bytes, request.path, request.sha256, options);
    if (request.output === 'object') return { ok: true, value: planFile };
    return { ok: true, value: jsonOutputOf(planFile, request.output === 'pretty-json') };
  } catch (error) {
    // JSON.stringify's "Invalid string length" on a huge PlanFile lands here too, as E_TOO_LARGE
    const failure = asPlanExtractError(error, request.path);
    const stack = (failure.cause as Error | undefined)?.stack ?? failure.stack;
    return { ok: false, code: failure.code, message: failure.message, file: failure.file, stack };
  }
}

parentPort?.on('message', (request: ExtractionRequest) => {
  // JSON pieces are moved, not copied (each has an ArrayBuffer of its own)
  void answer(request).then((reply) => {
    const pieces = reply.ok && isJsonOutput(reply.value) ? reply.value.pieces : [];
    parentPort?.postMessage(reply, pieces.map((piece) => piece.buffer as ArrayBuffer));
  });
});
