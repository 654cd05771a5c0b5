import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest keeps one core for its own process by default, which on a two-core machine runs the files one
    // at a time. Its own process is idle while the files run (most of their time is in the pipeline, in
    // spawned CLIs and in the browser), so every core runs a file.
    maxWorkers: os.availableParallelism(),
  },
});
