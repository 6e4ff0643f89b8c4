/**
 * `diplomatic-timeline convert IN [-o OUT] [--from FORMAT] [--to FORMAT]`:
 * converts between our document format (`timeline`) and the interchange
 * formats of src/interop. Formats come from the file names when those are
 * unambiguous (see src/interop/formats.ts), else from `--from`/`--to`.
 *
 * Every input is validated as a document after import, so bad input gets
 * the same `FILE: path: message` lines as `validate` (exit 1). A lossy
 * conversion prints one warning per dropped field or value, with the event
 * id, to stderr, and still writes its output.
 */
import { parseArgs } from 'node:util';
import { TimelineValidationError } from '../model/errors.js';
import { parseTimeline } from '../model/parse.js';
import type { Timeline } from '../model/timeline.js';
import type { ConversionWarning } from '../interop/conversion.js';
import { FormatError } from '../interop/format-error.js';
import { exporters, formatNames, formatOfFileName, formatOfJson, importers, isFormatName, type FormatName } from '../interop/formats.js';
import { parseDay } from '../time/calendar.js';
import type { CliIO } from './io.js';

const name = 'diplomatic-timeline';
const readable = formatNames.filter((format) => format === 'timeline' || importers[format] !== undefined);
const writable = formatNames.filter((format) => format === 'timeline' || exporters[format] !== undefined);

const help = `Usage: ${name} convert IN [-o OUT] [--from FORMAT] [--to FORMAT] [--stamp YYYY-MM-DD]

Converts a timeline between formats. Without -o, the output goes to stdout.

Formats read:    ${readable.join(', ')}
Formats written: ${writable.join(', ')}

Formats are inferred from file names: .ics ical, .csv csv, .jsonl/.ndjson plover,
.jsonld jsonld. A .json input is sniffed only when its shape is unmistakable
(ours, TimelineJS or vis); a .json output needs --to; GDELT files need --from gdelt.

Options:
  -o, --output OUT   the file to write
  --from FORMAT      the input format
  --to FORMAT        the output format
  --stamp DAY        iCalendar DTSTAMP as a UTC day (default: now), for reproducible files
  -h, --help         show this help

Lossy conversions print one warning per dropped field to stderr and still write
the output. Exit status: 0 converted, 1 the input has problems, 2 a usage error.
`;

function usageError(io: CliIO, message: string): number {
  io.stderr(`${name} convert: ${message}\nRun "${name} convert --help" for usage.\n`);
  return 2;
}

function describeWarning(file: string, warning: ConversionWarning): string {
  return `${name}: warning: ${file}: ${warning.eventId === undefined ? '' : `${warning.eventId}: `}${warning.field}: ${warning.message}\n`;
}

function sniffJson(text: string): FormatName | undefined {
  try {
    return formatOfJson(JSON.parse(text.replace(/^\ufeff/, '')) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * Runs `convert` with its own arguments; resolves to the exit code. Never
 * throws on user input.
 */
export async function convertCommand(args: string[], io: CliIO): Promise<number> {
  let values: { output?: string; from?: string; to?: string; stamp?: string; help?: boolean }, positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        from: { type: 'string' },
        to: { type: 'string' },
        stamp: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  if (values.help === true) {
    io.stdout(help);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, positionals.length === 0 ? 'convert needs an input file' : `convert takes one input file, not ${positionals.length}`);
  const input = positionals[0]!;
  for (const [option, value, allowed] of [['--from', values.from, readable], ['--to', values.to, writable]] as const) {
    if (value !== undefined && !(isFormatName(value) && (allowed as readonly string[]).includes(value))) {
      return usageError(io, `${option} ${JSON.stringify(value)} is not a format it accepts; expected one of ${allowed.join(', ')}`);
    }
  }
  if (values.stamp !== undefined && parseDay(values.stamp) === undefined) return usageError(io, `--stamp ${JSON.stringify(values.stamp)} is not a YYYY-MM-DD day`);

  let text: string;
  try {
    text = await io.readFile(input);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    io.stderr(`${name}: cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const from = (values.from as FormatName | undefined) ?? formatOfFileName(input) ?? (input.endsWith('.json') ? sniffJson(text) : undefined);
  if (from === undefined) return usageError(io, `cannot tell the format of ${input}; say it with --from (${readable.join(', ')})`);
  if (!readable.includes(from)) return usageError(io, `${from} can be written but not read`);
  const output = values.output;
  const to = (values.to as FormatName | undefined) ?? (output === undefined ? undefined : formatOfFileName(output));
  if (to === undefined) return usageError(io, `cannot tell the output format${output === undefined ? '' : ` of ${output}`}; say it with --to (${writable.join(', ')})`);
  if (!writable.includes(to)) return usageError(io, `${to} can be read but not written`);

  const warnings: ConversionWarning[] = [];
  let timeline: Timeline;
  // Converting to our format writes the document (what users write), not the resolved model.
  let document: unknown;
  try {
    if (from === 'timeline') {
      try {
        document = JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
      } catch (error) {
        io.stderr(`${name}: ${input} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
    } else {
      const imported = importers[from]!(text);
      warnings.push(...imported.warnings);
      document = imported.document;
    }
    timeline = parseTimeline(document);
  } catch (error) {
    if (error instanceof FormatError || error instanceof TimelineValidationError) {
      io.stderr(error.issues.map((issue) => `${input}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}\n`).join(''));
      return 1;
    }
    throw error;
  }

  let result: string;
  if (to === 'timeline') {
    result = `${JSON.stringify(document, null, 2)}\n`;
  } else {
    const exported = exporters[to]!(timeline, values.stamp === undefined ? {} : { stamp: values.stamp });
    warnings.push(...exported.warnings);
    result = typeof exported.output === 'string' ? exported.output : `${JSON.stringify(exported.output, null, 2)}\n`;
  }
  io.stderr(warnings.map((warning) => describeWarning(input, warning)).join(''));
  if (output === undefined) io.stdout(result);
  else {
    try {
      await io.writeFile(output, result);
    } catch (error) {
      io.stderr(`${name}: cannot write ${output}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  return 0;
}
