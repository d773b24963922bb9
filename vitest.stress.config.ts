import { defineConfig } from 'vitest/config'

/** `npm run test:stress`: the long runs kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
})
