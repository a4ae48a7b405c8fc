import { defineConfig } from "vitest/config";

// End-to-end tests: the built extension in Debian's Chromium, one browser per test file, files in
// sequence (two cores; Chromium is the heavy part).
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
