// The extraction threads of this process: at most one running per core (more calls wait their turn),
// and threads that answered kept for the next call, so a library loop or `plan-extract a b c -o out/`
// pays a thread's start-up and V8's compiling of the pipeline once, not per file. Idle threads never
// keep the process alive, and go after a few idle seconds: a thread that read a large file may hold
// a large heap. prestart() starts one before anything asks, for the CLI (bin/).
import { availableParallelism } from 'node:os';
import { ExtractionThread } from './thread.js';

const MAX_RUNNING = Math.max(1, availableParallelism());

const IDLE_MS = 5_000;

const idle: ExtractionThread[] = [];
const idleTimers = new Map<ExtractionThread, NodeJS.Timeout>();
const waiting: (() => void)[] = [];
let running = 0;

/** Starts a thread now, to be taken by the first acquire() with the same heap limit. */
export function prestart(heapMb: number): void {
  if (idle.length < MAX_RUNNING) idle.push(new ExtractionThread(heapMb));
}

/** A thread to run one request on; resolves when fewer than one per core are running. */
export async function acquire(heapMb: number): Promise<ExtractionThread> {
  // a waiter is handed the slot of the call that releases it, so the count stays at most one per core
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  for (let index = idle.length - 1; index >= 0; index--) {
    const thread = idle[index]!;
    if (!thread.idle) idle.splice(index, 1);
    else if (thread.heapMb === heapMb) {
      clearTimeout(idleTimers.get(thread));
      idleTimers.delete(thread);
      return idle.splice(index, 1)[0]!;
    }
  }
  try {
    return new ExtractionThread(heapMb);
  } catch (error) {
    handOn();
    throw error;
  }
}

/** The slot of a call that is done goes to the next waiter, or is freed. */
function handOn(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Gives a thread back after its request: kept if it can take another, and the next waiter goes. */
export function release(thread: ExtractionThread): void {
  if (thread.idle) {
    idle.push(thread);
    const timer = setTimeout(() => retire(thread), IDLE_MS);
    timer.unref();
    idleTimers.set(thread, timer);
    // one idle thread per core is enough: the oldest goes
    if (idle.length > MAX_RUNNING) retire(idle[0]!);
  }
  handOn();
}

function retire(thread: ExtractionThread): void {
  clearTimeout(idleTimers.get(thread));
  idleTimers.delete(thread);
  const index = idle.indexOf(thread);
  if (index >= 0) idle.splice(index, 1);
  thread.stop();
}
