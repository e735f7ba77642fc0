// Vitest configuration: tests live in tests/, run in forks (pdf/docx/epub work is CPU-bound),
// after one build of the package (tests/helpers/build-once.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/build-once.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
