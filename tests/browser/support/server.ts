// A typed door to scripts/serve.mjs (a plain JS module without declarations):
// serves examples/ at / and dist/ at /dist/ under the strict CSP.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A running examples server. */
export interface ExamplesServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  close(): Promise<void>;
}

interface ServeModule {
  startServer(options?: { port?: number; host?: string }): Promise<ExamplesServer>;
}

/** Starts the examples server on a free port. */
export async function startExamplesServer(): Promise<ExamplesServer> {
  const module = (await import(pathToFileURL(resolve('scripts/serve.mjs')).href)) as ServeModule;
  return module.startServer({ port: 0 });
}
