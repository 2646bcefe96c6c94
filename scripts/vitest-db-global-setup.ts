// Vitest globalSetup of the db project: on PostgreSQL, build the migrated template database once per run,
// so each test file only has to clone it (CREATE DATABASE … TEMPLATE) instead of migrating from scratch.
import { prepareTemplate } from '../server/db/test-database.js';

export default async function setup(): Promise<void> {
  await prepareTemplate();
}
