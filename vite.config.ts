/**
 * Vite build of Beyond Accuracy: React, Tailwind 4, an offline-capable PWA,
 * and a strict Content-Security-Policy in the production index.html
 * (DESIGN.md, "Security and privacy"). `base: './'` lets the build run from
 * any static host path; hash routes do the rest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The production Content-Security-Policy. No inline script, no eval, styles only from files or the DOM. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "style-src 'self'",
  // Not covered by default-src: no <base> may redirect relative URLs, no form may post anywhere.
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Injects the CSP meta tag into the built index.html only (the dev server
 * needs inline styles and scripts for hot reload).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'beyond-accuracy:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Problems of a built index.html under the CSP: inline scripts (a `<script>`
 * without `src`), `<style>` elements, `style=` attributes, inline event
 * handlers, and a missing CSP meta tag.
 */
export function cspProblems(html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    if (!/\bsrc\s*=/.test(attrs) || (match[2] ?? '').trim() !== '')
      problems.push(`inline script: ${match[0].slice(0, 80)}`);
  }
  if (/<style\b/i.test(html)) problems.push('a <style> element');
  if (/<[a-z][^>]*\sstyle\s*=/i.test(html)) problems.push('a style attribute');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) problems.push('an inline event handler');
  if (!html.includes('http-equiv="Content-Security-Policy"'))
    problems.push('no Content-Security-Policy meta tag');
  return problems;
}

/** Fails the build when the written index.html breaks the CSP rules (checked after every plugin ran). */
function checkBuiltHtml(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'beyond-accuracy:check-html',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const file = resolve(config.root, config.build.outDir, 'index.html');
      const problems = cspProblems(readFileSync(file, 'utf8'));
      if (problems.length > 0) throw new Error(`dist/index.html breaks the CSP: ${problems.join('; ')}`);
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // Registered by src/app/serviceWorker.ts once the page is loaded and idle, so the
      // precache never competes with the page's own requests (and no inline script: CSP).
      // The icons and favicon are in globPatterns; includeAssets and the manifest's icons would
      // list them twice (the plugin adds manifest.webmanifest itself).
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Beyond Accuracy',
        short_name: 'Beyond Accuracy',
        description:
          'An interactive app that teaches why computer-vision metrics mislead and which ones to trust.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every file the app can ask for: section chunks, the metrics worker, KaTeX, the photos
        // (the worker's PNG originals, their WebP display copies), the landing page's hero JPEGs,
        // Inter and KaTeX's fonts (woff2 only: every browser that runs a service worker reads
        // KaTeX's woff2 fonts, so its woff and ttf copies, about 1 MB, are never used).
        globPatterns: ['**/*.{js,css,html,woff2,png,jpg,webp,svg}'],
        // Without the plugin's register script (injectRegister: false) autoUpdate does not set
        // these. clientsClaim: the first visit's page is controlled as soon as the precache is
        // complete, so the next section's chunks come from the cache even offline (issue 16.7).
        // skipWaiting: a new version takes over at once; a page left with the old version's
        // chunks gone reloads on "Try again" (SectionErrorBoundary, serviceWorkerReplaced).
        clientsClaim: true,
        skipWaiting: true,
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    contentSecurityPolicy(),
    checkBuiltHtml(),
  ],
  build: {
    // No asset becomes a data: URL (fonts and images stay files the CSP allows).
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
});
