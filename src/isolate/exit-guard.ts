// In a worker thread process.exit() ends the thread without answering its task, which would then wait
// for the time limit (or forever with --timeout 0); a dependency that calls it fails its file instead.
import { PlanExtractError } from '../schema/errors.js';

export function guardProcessExit(): void {
  process.exit = ((code?: number | string | null) => {
    throw new PlanExtractError('E_INTERNAL', `process.exit(${code ?? ''}) called while extracting`);
  }) as typeof process.exit;
}
