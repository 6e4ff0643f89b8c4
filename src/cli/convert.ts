import type { CliIO } from './io.js';

/**
 * The `convert` command. Placeholder until the interop formats land: it says
 * so and exits with 2 so scripts do not mistake it for success.
 */
export function convertCommand(args: string[], io: CliIO): Promise<number> {
  io.stderr('diplomatic-timeline: the convert command is not available yet\n');
  return Promise.resolve(2);
}
