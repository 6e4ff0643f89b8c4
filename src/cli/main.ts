/**
 * The `diplomatic-timeline` command. `run` takes the arguments and a `CliIO`
 * and returns the exit code, so tests drive it in-process; the bin script
 * binds it to the real process.
 */
import { parseArgs } from 'node:util';
import { toDocument } from '../model/document.js';
import { TimelineValidationError } from '../model/errors.js';
import { parseTimeline } from '../model/parse.js';
import type { Timeline } from '../model/timeline.js';
import { validateTimeline } from '../model/validate.js';
import type { CliIO } from './io.js';
import { readJsonFile } from './read-document.js';
import { packageVersion } from './version.js';

export type { CliIO } from './io.js';

/** Exit codes: 0 success, 1 a document or file has problems, 2 the command line is wrong. */
export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

const name = 'diplomatic-timeline';

const help = `Usage: ${name} <command> [options]

Commands:
  validate FILE…     check timeline documents; prints FILE: path: message for every problem
  normalize FILE     print the resolved document as JSON (dates resolved, defaults filled in);
                     with --document, a document to keep and parse again
  render FILE        draw a static SVG timeline (see "${name} render --help")
  convert IN         convert to and from other formats (see "${name} convert --help")

Options:
  -h, --help         show this help
  --version          print the version

Exit status: 0 success, 1 a document has problems or cannot be read, 2 a usage error.
`;

/**
 * Runs the command line `argv` (without the node and script paths) and
 * resolves to the exit code. Writes only through `io`; never throws, and
 * never prints a stack trace.
 *
 * @example await run(['validate', 'events.json'], io) // 0 when valid
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    // Only a bug gets here; one line still beats a stack trace for users.
    io.stderr(`${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.problems;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.stderr(help);
      return exitCodes.usage;
    case '-h':
    case '--help':
    case 'help':
      io.stdout(help);
      return exitCodes.ok;
    case '--version':
      io.stdout(`${packageVersion}\n`);
      return exitCodes.ok;
    case 'validate':
      return validateCommand(rest, io);
    case 'normalize':
      return normalizeCommand(rest, io);
    case 'render': {
      // Loaded on demand: the renderer is the heavy part of the CLI.
      const { renderCommand } = await import('./render.js');
      return renderCommand(rest, io);
    }
    case 'convert': {
      const { convertCommand } = await import('./convert.js');
      return convertCommand(rest, io);
    }
    default:
      return usageError(io, command.startsWith('-')
        ? `unknown option ${JSON.stringify(command)}`
        : `unknown command ${JSON.stringify(command)}; expected validate, normalize, render or convert`);
  }
}

function usageError(io: CliIO, message: string): number {
  io.stderr(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
  return exitCodes.usage;
}

/** A command's own arguments: files, `--help`, and the command's own flags that were given. */
interface CommandArguments {
  readonly files: string[];
  readonly help: boolean;
  readonly flags: ReadonlySet<string>;
}

/** Parses a command's own arguments: files, `--help`, and the boolean `flags` the command takes. */
function commandArguments(args: string[], io: CliIO, flags: readonly string[] = []): CommandArguments | number {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, ...Object.fromEntries(flags.map((flag) => [flag, { type: 'boolean' as const }])) },
    });
    const given = values as Record<string, unknown>;
    return { files: positionals, help: values.help === true, flags: new Set(flags.filter((flag) => given[flag] === true)) };
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

const validateHelp = `Usage: ${name} validate FILE…

Checks each timeline document and prints every problem as FILE: path: message.
Exits with 0 when every file is valid, 1 otherwise.
`;

async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = commandArguments(args, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.help) {
    io.stdout(validateHelp);
    return exitCodes.ok;
  }
  if (parsed.files.length === 0) return usageError(io, 'validate needs at least one FILE');
  let status: number = exitCodes.ok;
  for (const file of parsed.files) {
    const read = await readJsonFile(file, io);
    if (!read.ok) {
      io.stderr(`${name}: ${read.message}\n`);
      status = exitCodes.problems;
      continue;
    }
    const issues = validateTimeline(read.value);
    if (issues.length === 0) {
      io.stdout(`${file}: valid\n`);
      continue;
    }
    status = exitCodes.problems;
    io.stdout(issues.map((issue) => `${file}: ${issue.path}: ${issue.message}\n`).join(''));
  }
  return status;
}

const normalizeHelp = `Usage: ${name} normalize [--document] FILE

Prints the resolved document as JSON: every date resolved to earliest and
latest days with its precision, defaults filled in, events in time order.
Problems go to stderr as FILE: path: message, with exit status 1.

Options:
  --document   print a timeline document instead, which validate, render and
               normalize read again to the same events: dates as written
               (relative phrases with their anchors), statuses spelled out,
               events in time order
`;

async function normalizeCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = commandArguments(args, io, ['document']);
  if (typeof parsed === 'number') return parsed;
  if (parsed.help) {
    io.stdout(normalizeHelp);
    return exitCodes.ok;
  }
  const [file, ...extra] = parsed.files;
  if (file === undefined) return usageError(io, 'normalize needs a FILE');
  if (extra.length > 0) return usageError(io, 'normalize takes exactly one FILE');
  const read = await readJsonFile(file, io);
  if (!read.ok) {
    io.stderr(`${name}: ${read.message}\n`);
    return exitCodes.problems;
  }
  let timeline: Timeline;
  try {
    timeline = parseTimeline(read.value);
  } catch (error) {
    if (!(error instanceof TimelineValidationError)) throw error;
    io.stderr(error.issues.map((issue) => `${file}: ${issue.path}: ${issue.message}\n`).join(''));
    return exitCodes.problems;
  }
  const output = parsed.flags.has('document') ? toDocument(timeline) : timeline.toJSON();
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return exitCodes.ok;
}
