// The benchmark's own tiny static server on 127.0.0.1 (port 0 = any free
// port): bench/pages/ at /pages/, the package build at /dist/, the compared
// libraries from node_modules at /vendor/…, and generated data sets held in
// memory at /data/<name>.json, so the pages load everything same-origin and
// data transfer stays outside the measurements.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repositoryRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The build that is measured: dist/, or another folder (BENCH_DIST) to compare builds. */
export const distDirectory = resolve(process.env.BENCH_DIST ?? join(repositoryRoot, 'dist'));

const mounts = [
  ['/pages/', join(repositoryRoot, 'bench', 'pages')],
  ['/dist/', distDirectory],
  ['/examples/', join(repositoryRoot, 'examples')],
  ['/vendor/vis-timeline/', join(repositoryRoot, 'node_modules', 'vis-timeline', 'standalone', 'umd')],
  ['/vendor/vis-timeline-styles/', join(repositoryRoot, 'node_modules', 'vis-timeline', 'styles')],
  ['/vendor/timelines-chart/', join(repositoryRoot, 'node_modules', 'timelines-chart', 'dist')],
];
const contentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json',
};

async function fileFor(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    return info?.isFile() ? file : undefined;
  }
  return undefined;
}

/**
 * Starts the server. `dataSet(name)` returns the JSON text served at
 * `/data/<name>.json` (or undefined for a 404); it is called per request, so
 * the caller decides what stays in memory.
 *
 * @param {{ dataSet?: (name: string) => string | undefined }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startBenchServer({ dataSet = () => undefined } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    // Browsers ask for an icon; an empty answer keeps the pages' error logs clean.
    if (pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    const dataMatch = /^\/data\/([\w.-]+)\.json$/.exec(pathname);
    if (dataMatch) {
      const body = dataSet(dataMatch[1]);
      if (body === undefined) response.writeHead(404, headers).end();
      else response.writeHead(200, { ...headers, 'Content-Type': contentTypes['.json'] }).end(body);
      return;
    }
    fileFor(pathname).then(async (file) => {
      if (!file) {
        response.writeHead(404, headers).end();
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
    }).catch(() => response.writeHead(500, headers).end());
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((closed) => {
          server.closeAllConnections?.();
          server.close(() => closed());
        }),
      });
    });
  });
}
