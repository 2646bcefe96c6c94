// Where the public records live for tests and benchmarks: ../shared/data/real beside the repository (never copied
// into it; some files name real officers). Absent on a machine without them: callers skip with this message.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REAL_DATA_DIR = resolve(import.meta.dirname, '../../../../shared/data/real');
export const hasRealData = (): boolean => existsSync(join(REAL_DATA_DIR, 'README.md'));
export const REAL_DATA_ABSENT = `skipped: the public records are not at ${REAL_DATA_DIR} (../shared/data/real beside the repository; see its README)`;

export const REAL_FILES = {
  chicago: {
    complaints: join(REAL_DATA_DIR, 'chicago', 'complaints-2000-2023.csv.gz'),
    accused: join(REAL_DATA_DIR, 'chicago', 'accused-2000-2004.csv.gz'),
    roster: join(REAL_DATA_DIR, 'chicago', 'roster-1985-2023.csv.gz'),
  },
  met: join(REAL_DATA_DIR, 'met', 'met-complaints-sample.csv'),
  virginia: join(REAL_DATA_DIR, 'virginia', 'decertification-list-present.csv'),
} as const;
