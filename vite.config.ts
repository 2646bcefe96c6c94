import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const govukAssets = fileURLToPath(new URL('./node_modules/govuk-frontend/dist/govuk/assets', import.meta.url));
const apiProxy = { '/api': { target: 'http://localhost:3000' } };

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    // GOV.UK Frontend's prebuilt CSS (and our index.html icons) refer to /assets/fonts/… and /assets/images/….
    // Resolving those to the package lets Vite fingerprint and emit them into dist/web/assets, so no copy step
    // is needed and the fonts and crest exist wherever the built app is served from.
    alias: [{ find: /^\/assets\/(fonts|images)\//, replacement: `${govukAssets}/$1/` }],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // GOV.UK Frontend's CSS comes minified, with old-IE hacks (`@media screen\0`) that Lightning CSS rejects and
    // warns about; minifying again would only shrink app.css's few rules.
    cssMinify: false,
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { port: 4173, strictPort: true, proxy: apiProxy },
});
