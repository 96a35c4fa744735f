import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repository = resolve(import.meta.dirname, '../..');
const output = resolve(repository, 'dist/apps/console');

/**
 * The web console, built by Vite: `vite build` builds the browser app (React, Recharts) into
 * dist/apps/console/public; `vite build --app` also bundles the console server into
 * dist/apps/console/server/main.js and the identity provider (apps/identity) into
 * dist/apps/identity/main.js (Node, CommonJS, dependencies left in node_modules; Node 24 requires the
 * ESM-only oidc-provider and openid-client as they are).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: [
      { find: /^@hb\/(contracts|demo|platform)\/(.*)$/, replacement: `${repository}/libs/$1/src/$2` },
      { find: /^@hb\/demo$/, replacement: `${repository}/libs/demo/src/index.ts` },
    ],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(output, 'public'),
    emptyOutDir: true,
    // React and Recharts make one bundle of about 760 kB (220 kB gzipped), loaded once per visit.
    chunkSizeWarningLimit: 1024,
  },
  environments: {
    server: {
      consumer: 'server',
      build: {
        outDir: resolve(output, 'server'),
        emptyOutDir: true,
        ssr: resolve(import.meta.dirname, 'server/main.ts'),
        sourcemap: true,
        rolldownOptions: { output: { format: 'cjs', entryFileNames: 'main.js' } },
      },
    },
    identity: {
      consumer: 'server',
      build: {
        outDir: resolve(repository, 'dist/apps/identity'),
        emptyOutDir: true,
        ssr: resolve(repository, 'apps/identity/src/main.ts'),
        sourcemap: true,
        rolldownOptions: { output: { format: 'cjs', entryFileNames: 'main.js' } },
      },
    },
  },
});
