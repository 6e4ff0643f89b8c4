/**
 * `diplomatic-timeline render FILE [-o out.svg] [--width N] [--height N]
 * [--lane-by actor|country|kind|none] [--theme auto|light|dark] [--locale TAG]
 * [--reference-date DAY|SOURCE]`: a static SVG of the timeline, the same
 * picture as the interactive view's first frame, made without a browser.
 */
import { parseArgs } from 'node:util';
import { TimelineValidationError } from '../model/errors.js';
import type { RenderOptions } from '../render/options.js';
import { renderToSVG } from '../render/renderToSVG.js';
import type { CliIO } from './io.js';
import { readJsonFile } from './read-document.js';

const name = 'diplomatic-timeline';

/** Exit codes, as for every command: 0 success, 1 the document has problems, 2 a usage error. */
const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

const help = `Usage: ${name} render FILE [-o OUT.svg] [options]

Draws the timeline in FILE as one self-contained SVG (styles embedded).
Without -o the SVG is written to standard output.

Options:
  -o, --output FILE        write the SVG to FILE
  --width N                width in pixels (default 960)
  --height N               height in pixels (default: fits the content)
  --lane-by KEY            actor (default), country, kind or none
  --theme NAME             auto (default, follows the viewer's colour scheme), light or dark
  --locale TAG             language of dates and axis labels (default en-GB)
  --reference-date VALUE   a day YYYY-MM-DD or a source id (its publication day) to mark
  -h, --help               show this help
`;

function usage(io: CliIO, message: string): number {
  io.stderr(`${name} render: ${message}\nRun "${name} render --help" for usage.\n`);
  return exitCodes.usage;
}

function pixels(value: string | undefined, option: string): number | string | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(number > 0)) return `--${option} must be a positive number of pixels; got ${JSON.stringify(value)}`;
  return number;
}

/**
 * Runs `render` with its arguments (after the command name) and resolves to
 * the exit code. Writes only through `io`.
 *
 * @example await renderCommand(['events.json', '-o', 'events.svg', '--lane-by', 'country'], io) // 0
 */
export async function renderCommand(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        width: { type: 'string' },
        height: { type: 'string' },
        'lane-by': { type: 'string' },
        theme: { type: 'string' },
        locale: { type: 'string' },
        'reference-date': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(help);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) return usage(io, positionals.length === 0 ? 'expected one FILE to render' : `expected one FILE, got ${positionals.length}`);
  const file = positionals[0]!;
  const width = pixels(values.width, 'width');
  const height = pixels(values.height, 'height');
  if (typeof width === 'string') return usage(io, width);
  if (typeof height === 'string') return usage(io, height);
  const options = {
    width, height,
    laneBy: values['lane-by'],
    theme: values.theme,
    locale: values.locale,
    referenceDate: values['reference-date'],
  } as RenderOptions;

  const read = await readJsonFile(file, io);
  if (!read.ok) {
    io.stderr(`${name} render: ${read.message}\n`);
    return exitCodes.problems;
  }
  let svg: string;
  try {
    svg = renderToSVG(read.value, options);
  } catch (error) {
    if (error instanceof TimelineValidationError) {
      io.stderr(error.issues.map((issue) => `${file}: ${issue.path}: ${issue.message}\n`).join(''));
      return exitCodes.problems;
    }
    // Option errors name the option in its API spelling; the flag is the same word in kebab case.
    if (error instanceof RangeError) return usage(io, error.message.replace(/"([a-z]+)([A-Z][a-z]+)"/g, (_, a: string, b: string) => `"${a}-${b.toLowerCase()}"`));
    throw error;
  }
  if (values.output === undefined) {
    io.stdout(svg);
    return exitCodes.ok;
  }
  try {
    await io.writeFile(values.output, svg);
  } catch (error) {
    io.stderr(`${name} render: cannot write ${values.output}: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodes.problems;
  }
  return exitCodes.ok;
}
