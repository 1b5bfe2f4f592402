// Bundles the command line's start-up path (dist/cli/main.js and the text pipeline it needs, zod
// included) into dist/bundle/, so `plan-extract FILE` loads a few files instead of ~200 modules
// (measured: 158 → 129 ms for a 17 KB plan against 48 ms for `node -e 0`). What loads late stays
// as it is in dist/: the pdf/docx/doc/html readers, batch, diff and export (batch workers find their
// worker file next to their own module), and schema/errors.js, so every part of the program shares
// one PlanExtractError class. npm packages are never bundled.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const dist = resolve('dist');
const outdir = resolve(dist, 'bundle');
const LATE = /^(?:readers\/(?:pdf|pdf-table|pdfjs-runtime|pdfjs-port|docx|docx-numbering|doc|html)|batch\/.*|diff\/.*|export\/.*|schema\/errors)\.js$/;

const keepLateModules = {
  name: 'keep-late-modules',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      const inDist = relative(dist, target).split('\\').join('/');
      if (!LATE.test(inDist)) return undefined;
      return { path: `./${relative(outdir, target).split('\\').join('/')}`.replace(/^\.\/\.\.\//, '../'), external: true };
    });
  },
};

// zod's namespace re-exports every locale (`z.locales`: 358 KB of the 755 KB zod puts in a bundle),
// and a namespace cannot be tree-shaken; the messages we show are English, which zod registers by
// itself. Importing the English-only zod: 41 -> 28 ms (median of 7, one process each).
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
// chunk names change with their content: the chunks of an earlier build would pile up
rmSync(outdir, { recursive: true, force: true });
await build({
  // prestart.js starts the extraction thread before main.js loads; extraction-worker.js is that
  // thread's entry, sharing the pipeline's chunk (the main thread never loads it)
  entryPoints: {
    main: resolve(dist, 'cli/main.js'),
    prestart: resolve(dist, 'isolate/prestart.js'),
    'extraction-worker': resolve(dist, 'isolate/extraction-worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...Object.keys(packageJson.dependencies ?? {}).filter((name) => name !== 'zod'), 'node:*'],
  plugins: [keepLateModules, englishOnlyZod],
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
