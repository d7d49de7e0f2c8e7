/** Jest runs the TypeScript sources as ESM through SWC (Payload is ESM-only). */
const swc = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
    module: { type: 'es6' },
  },
]

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Admin components import their styles; tests that render them need none.
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.ts',
  },
  testEnvironment: 'node',
}

export default {
  // Booting Payload on a fresh database takes seconds; hooks and tests share this limit.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'engine', testMatch: ['<rootDir>/tests/engine/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    // On demand (npm run test:stress): a private PostgreSQL server stopped mid-run, a memory-leak check.
    { ...common, displayName: 'stress', testMatch: ['<rootDir>/tests/stress/**/*.test.ts'] },
  ],
  // A global option: jest-circus ignores it inside a project. Integration suites boot an app in beforeAll.
  testTimeout: 120000,
  // On a two-core machine Jest would run every file in its own main process, where what the booted apps and the
  // engine's tables leave behind piles up until the heap runs out: a worker instead, replaced once it holds this much.
  workerIdleMemoryLimit: '1GB',
}
