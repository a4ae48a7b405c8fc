import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["tests/unit/setup.ts"],
    globalSetup: ["tests/unit/core/email/global-setup.ts"],
    // A test's time follows the machine's load (2 shared cores here; several cases that take 1 s idle
    // passed 5 s, vitest's default, at load 16). The limit only stops a hang: no test here is a speed
    // check (those are in bench/).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
