import { runCli } from './warrant.js';

process.exitCode = await runCli(process.argv);
