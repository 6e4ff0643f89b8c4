import { defineConfig } from 'vitest/config';

// Model, time and layout tests run in Node; files under tests/dom use jsdom;
// tests/browser drive Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['tests/dom/**/*.test.ts'], environment: 'jsdom' } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], environment: 'node', fileParallelism: false } },
      { extends: true, test: { name: 'package', include: ['tests/package/**/*.test.ts'], environment: 'node', testTimeout: 180_000 } },
    ],
  },
});
