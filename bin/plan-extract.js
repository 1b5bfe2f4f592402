#!/usr/bin/env node
// The extraction thread starts before the CLI loads, so the two start-ups overlap (src/isolate/prestart.ts).
import { prestartFor } from '../dist/bundle/prestart.js';
await prestartFor(process.argv);
const { main } = await import('../dist/bundle/main.js');
process.exitCode = await main();
