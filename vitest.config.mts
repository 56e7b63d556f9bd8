import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Real SQLCipher key derivation (PBKDF2, 256k rounds) is deliberately slow; the machine is shared.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
