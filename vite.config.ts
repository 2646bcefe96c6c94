import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const apiProxy = { '/api': { target: 'http://localhost:3000' } };

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // GOV.UK Frontend's styles keep old-IE hacks (`and (min-width: 0\0)`) that Lightning CSS's minifier rejects;
    // gzip already takes the CSS from 166 kB to 18 kB.
    cssMinify: false,
    sourcemap: true,
    // Compiling GOV.UK Frontend's Sass is most of a build (2–3 s); Rolldown would warn about it on every build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, strictPort: true, proxy: apiProxy },
});
