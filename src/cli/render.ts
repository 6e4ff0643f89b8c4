import type { CliIO } from './io.js';

/**
 * The `render` command. Placeholder until the renderer lands: it says so and
 * exits with 2 so scripts do not mistake it for success.
 */
export function renderCommand(args: string[], io: CliIO): Promise<number> {
  io.stderr('diplomatic-timeline: the render command is not available yet\n');
  return Promise.resolve(2);
}
