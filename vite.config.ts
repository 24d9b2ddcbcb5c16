import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy: the app talks to its own origin only (no fonts, analytics or CDNs), runs no inline
 * script, and cannot be framed into another site's form. Added to the built index.html only: the dev server injects
 * inline scripts for hot reload. `style-src 'unsafe-inline'` is not needed: React sets style properties through
 * the CSSOM, which CSP does not restrict.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the QR reader's decoder is WebAssembly (zxing-wasm, decision 0016); it allows compiling wasm
  // only, not eval or new Function.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * What pdfmake's sources need from Node, for the browser (docs/decisions/0008): our stand-ins in
 * src/report/pdf-engine/shims for the modules its libraries import, and `__dirname` for its virtual file system.
 * Only imports made from node_modules are redirected; the app's own code never sees these.
 */
function pdfEngineShims(): Plugin {
  const shim = (file: string) => fileURLToPath(new URL(`./src/report/pdf-engine/shims/${file}`, import.meta.url));
  const shims: Record<string, string> = {
    stream: shim('stream.ts'),
    zlib: shim('zlib.ts'),
    'browserify-zlib': shim('zlib.ts'),
    fs: shim('unavailable.ts'),
    'brotli/decompress.js': shim('unavailable.ts'),
    xmldoc: shim('unavailable.ts'),
  };
  return {
    name: 'pdf-engine-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer?.includes('/node_modules/') ? shims[source] : undefined;
    },
    transform(code, id) {
      if (!/\/node_modules\/(pdfmake|pdfkit)\//.test(id) || !code.includes('__dirname')) return undefined;
      return { code: code.replaceAll('__dirname', '"/"'), map: null };
    },
  };
}

// Ports are given on the command line (see the scripts in package.json).
export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    pdfEngineShims(),
    VitePWA({
      // The app decides when to switch to a new version (see src/offline/): never behind the user's back, and only
      // after pending answers are written. So: no auto-update, and we register the worker ourselves.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeAssets: ['favicon.svg', 'icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Sẵn sàng Chính quyền số – Digital Government Readiness',
        short_name: 'Sẵn sàng CQS',
        description: 'Tự đánh giá mức độ sẵn sàng chính quyền số của cơ quan, đơn vị; dữ liệu chỉ lưu trên thiết bị.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the app can ever load, lazy chunks and both languages included, so that after one visit it
        // works with no network. Fonts and images are listed explicitly: the default pattern leaves them out.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf,woff2,json,wasm}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The PDF chunk and its font (issue 5) exceed the 2 MiB default and would silently not be precached.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The PDF engine (pdfmake, pdfkit, fontkit) is one lazy chunk of about 620 KB, loaded only when a PDF is asked for.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The small schema modules that storage, forms and import share (most under 1 kB): Rolldown gives each
              // its own chunk as soon as two chunks share it, and the first screen a request per module (decision
              // 0011). One chunk for all of them.
              name: 'schemas',
              test: /src[\\/](assessment[\\/][^\\/]*-schema|questionnaire[\\/](answer-schema|display-date)|screens[\\/]storage-messages)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
