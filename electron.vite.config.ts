// Build of the three Electron parts into out/: main (ES module, out/main/index.js = package.json "main"),
// preload (CommonJS, because a sandboxed preload cannot be an ES module) and the renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { bundleJobWorker } from './build/bundle-worker.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // Everything is bundled into one file except the native SQLite binding: its loader finds the .node
      // prebuild relative to its own folder, which only works from node_modules (unpacked from the asar).
      externalizeDeps: false,
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main.ts') },
        external: ['better-sqlite3'],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
    plugins: [
      {
        // The jobs worker as out/main/worker.js, beside index.js where core/jobs/runner.ts looks for it.
        name: 'tdkt-job-worker',
        apply: 'build',
        closeBundle: () => bundleJobWorker(resolve(root, 'out/main/worker.js')),
      },
    ],
  },
  preload: {
    build: {
      // The sandbox gives the preload no require() for node_modules: it must be self-contained.
      externalizeDeps: false,
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
