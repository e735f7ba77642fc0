// Vitest configuration: tests live in tests/, run in forks (pdf/docx/epub work is CPU-bound).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
