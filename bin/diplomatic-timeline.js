#!/usr/bin/env node
// The `diplomatic-timeline` command: binds the CLI (built to dist/cli.js from
// src/cli/main.ts) to this process, its streams and the file system.
import { readFile, writeFile } from 'node:fs/promises';
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
});
