import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer as a plain web page for the browser host (npm run web) and the e2e tests.
// Relative base so the same files also load from app:// or file:// without a server root.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/web', import.meta.url)),
    emptyOutDir: true,
    // Served from the local disk, never over a network: one antd-sized bundle is fine.
    chunkSizeWarningLimit: 4000,
  },
});
