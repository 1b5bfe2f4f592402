// The worker entry (one per thread in the pool): one input in, its output written atomically, a
// FileOutcome value back. Nothing thrown escapes: a bad file is a failed outcome and the batch goes on.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFailure, writeFileAtomicSync, type OutputContent } from '../io/atomic-write.js';
import { planFileJson } from '../io/json-stream.js';
import { withLimits } from '../io/limits.js';
import { readRegularFileSync } from '../io/read-input.js';
import type { PlanFile } from '../schema/contract.js';
import { guardProcessExit } from '../isolate/exit-guard.js';
import { asPlanExtractError, PlanExtractError } from '../schema/errors.js';
import { TOOL_VERSION } from '../version.js';
import { emptyReasonOf } from '../isolate/json-output.js';
import { fileCounts, type FileCounts } from '../schema/counts.js';
import { decideSkip } from './manifest.js';
import { checkWriteTargetSync, removeStaleOutput } from './output-path.js';
import { reviewPathOf, type FileOutcome, type FileTask } from './task.js';

guardProcessExit();

// File access here is synchronous where it cannot hang: this thread has nothing else to do while it
// waits, and each async call cost a round trip through libuv's pool (the worker sat idle ~8 % of a batch).
function writeChecked(task: FileTask, target: string, content: OutputContent): void {
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw writeFailure(error, target);
  }
  const refusal = checkWriteTargetSync(target, task.realOutdir, new Set(task.protectedInputs));
  if (refusal) throw new PlanExtractError('E_OUTPUT', refusal, { file: target });
  writeFileAtomicSync(target, content);
}

/** `--review`: the PlanFile with its source lines, and the page written beside the JSON. */
async function convertWithReview(task: FileTask, bytes: Uint8Array): Promise<PlanFile> {
  // in this thread, like the plain conversion: the pool's time limit terminates it
  const [{ extractBufferWithSourceInThread }, { reviewPage }] = await Promise.all([import('../pipeline.js'), import('../review/index.js')]);
  const { planFile, source } = await extractBufferWithSourceInThread(bytes, task.input, { limits: task.limits });
  writeChecked(task, reviewPathOf(task.output), await reviewPage(planFile, source));
  return planFile;
}

async function convert(task: FileTask): Promise<{ sha256: string; bytes: number; counts: FileCounts; emptyReason: string | null }> {
  // loaded on the first file that needs extracting, so a fully skipped run never pays for it; in
  // this thread, which the pool terminates at the time limit and which has its own heap limit
  const { extractBufferInThread } = await import('../pipeline.js');
  const bytes = readRegularFileSync(task.input, withLimits(task.limits).maxBytes);
  const planFile = task.review ? await convertWithReview(task, bytes) : await extractBufferInThread(bytes, task.input, { limits: task.limits });
  // written plan by plan, in pieces: the whole JSON string of a large document is never built
  writeChecked(task, task.output, planFileJson(planFile, task.pretty));
  const counts = fileCounts(planFile);
  return { sha256: planFile.source.sha256, bytes: planFile.source.bytes, counts, emptyReason: emptyReasonOf(planFile, counts.sections) };
}

export default async function processFile(task: FileTask): Promise<FileOutcome> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    // an unchanged input whose review page is missing (a first run with --review) is converted again
    if (!task.force && !(task.review && !existsSync(reviewPathOf(task.output)))) {
      const decision = await decideSkip(task.input, task.output, task.previous, TOOL_VERSION);
      if (decision.skip) {
        const { sha256, bytes, counts } = decision;
        return { status: 'skipped', sha256, bytes, counts, emptyReason: null, durationMs: elapsed() };
      }
    }
    const written = await convert(task);
    return { status: 'ok', ...written, durationMs: elapsed() };
  } catch (error) {
    const failure = asPlanExtractError(error, task.input);
    if (failure.code !== 'E_OUTPUT') {
      await removeStaleOutput(task);
      if (task.review) await removeStaleOutput({ ...task, output: reviewPathOf(task.output) });
    }
    // the record is the input's; an output failure says which output
    const message = failure.code === 'E_OUTPUT' && failure.file !== task.input && failure.file ? `${failure.file}: ${failure.message}` : failure.message;
    return { status: 'failed', code: failure.code, message, sha256: null, bytes: null, durationMs: elapsed() };
  }
}
