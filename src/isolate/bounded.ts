// Extraction that the limits can stop, for the CLI, diff and the library: the file is read on this
// thread while an extraction thread starts (or is taken from the idle ones), then extracted on that
// thread. One deadline covers both; when it passes, the read is abandoned or the thread terminated,
// whatever CPU-bound work it is in, and the call fails with E_TIMEOUT. The thread's heap limit turns an
// out-of-memory into E_TOO_LARGE.
import { withLimits, type Limits } from '../io/limits.js';
import type { PlanFile } from '../schema/contract.js';
import { sha256Of } from '../io/sha256.js';
import { asPlanExtractError } from '../schema/errors.js';
import { startDeadline } from './deadline.js';
import type { OutputForm, ExtractionValue } from './protocol.js';
import { acquire, release } from './threads.js';

export interface BoundedSource {
  /** what errors and PlanFile.source.path name */
  path: string;
  /** the bytes; abandoned when the signal aborts */
  read(signal: AbortSignal): Promise<Uint8Array>;
  /** true when the bytes are this call's own and can be moved to the thread instead of copied */
  transfer: boolean;
}

type Value<O extends OutputForm> = ExtractionValue<O>;

export async function extractBounded<O extends OutputForm>(
  source: BoundedSource,
  limitOverrides: Partial<Limits> | undefined,
  output: O,
): Promise<Value<O>> {
  const limits = withLimits(limitOverrides);
  const thread = await acquire(limits.maxMemoryMb);
  const deadline = startDeadline(limits.timeoutMs, source.path);
  try {
    const bytes = await source.read(deadline.signal);
    // this thread hashes while the extraction thread is still starting; one linear pass (~2 ms/MB)
    const sha256 = await sha256Of(bytes);
    return await thread.run({ bytes, sha256, path: source.path, limits, output }, { transfer: source.transfer, signal: deadline.signal });
  } catch (error) {
    throw asPlanExtractError(error, source.path);
  } finally {
    deadline.clear();
    release(thread);
  }
}
