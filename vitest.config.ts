// Test projects (see scripts/test.sh for how `npm test` runs them):
//   unit — `**/*.test.ts`: pure, no database.
//   db   — `server/**/*.db.test.ts` and `server/**/*.api.test.ts` (Fastify inject): each file gets a fresh, migrated
//          database from server/db/test-database.ts. The engine comes from WARRANT_TEST_DB (pglite | postgres), and
//          the project is named after it (db-pglite / db-postgres) so a failure says which engine it failed on.
//   e2e  — `e2e/specs/*.spec.ts`: Playwright driving Chromium against a real server; one file at a time.
import { defineConfig } from 'vitest/config';

const dbEngine = process.env.WARRANT_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const dbFiles = ['server/**/*.db.test.ts', 'server/**/*.api.test.ts'];
const neverTests = ['**/node_modules/**', '**/dist/**', 'tmp/**', 'data/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...neverTests, '**/*.db.test.ts', '**/*.api.test.ts', 'e2e/**'],
          environment: 'node',
          // Generating a synthetic force in memory takes seconds; a busy runner must not turn that into a failure.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: `db-${dbEngine}`,
          include: dbFiles,
          exclude: neverTests,
          environment: 'node',
          globalSetup: ['./scripts/vitest-db-global-setup.ts'],
          // Vitest's default leaves a core idle; DB test files wait on the database as much as on the CPU,
          // so one worker per core is measurably faster (on 2 cores: 41 s → 29 s on PGlite).
          maxWorkers: '100%',
          // Opening and migrating a database is the slow part of a DB test file.
          hookTimeout: 120_000,
          // A safety net, not a speed goal (those live in npm run bench): imports and model training over generated
          // data take tens of seconds on a busy 2-core runner.
          testTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/specs/*.spec.ts'],
          exclude: neverTests,
          environment: 'node',
          // One browser and one server at a time: CI has two cores, and specs are user journeys, not unit checks.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
