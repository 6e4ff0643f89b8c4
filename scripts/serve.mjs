// A few lines of node:http that serve the examples folder, with the package's
// dist/ mounted at /dist/, under a strict Content-Security-Policy (no inline
// script, no inline style, no eval), so the examples prove they need none.
// `npm start` runs it; the browser tests import `startServer`.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// The ESM example maps bare d3 imports to these packages through an import map.
export const vendorPackages = ['d3-array', 'd3-axis', 'd3-color', 'd3-dispatch', 'd3-drag', 'd3-dsv', 'd3-ease',
  'd3-format', 'd3-interpolate', 'd3-quadtree', 'd3-scale', 'd3-selection', 'd3-time', 'd3-time-format', 'd3-timer',
  'd3-transition', 'd3-zoom', 'internmap'];
const mounts = [
  ['/dist/', join(root, 'dist')],
  ...vendorPackages.map((name) => [`/node_modules/${name}/`, join(root, 'node_modules', name)]),
  ['/', join(root, 'examples')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8', '.jsonld': 'application/ld+json; charset=utf-8', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
};
export const contentSecurityPolicy = "default-src 'self'; style-src 'self'";

// An import map is an inline script, which this policy blocks; a page that
// has one gets the policy with the map's own hash allowed, and nothing else.
function policyFor(file, body) {
  if (extname(file) !== '.html') return contentSecurityPolicy;
  const hashes = [...body.toString('utf8').matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)]
    .map((match) => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
  return hashes.length ? `${contentSecurityPolicy}; script-src 'self' ${hashes.join(' ')}` : contentSecurityPolicy;
}

async function resolveFile(urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(urlPath.slice(prefix.length))));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) return resolveFile(`${urlPath.replace(/\/?$/, '/')}index.html`);
    if (info?.isFile()) return file;
    return undefined;
  }
  return undefined;
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    resolveFile(pathname).then(async (file) => {
      const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
      if (!file) {
        response.writeHead(404, { ...headers, 'Content-Security-Policy': contentSecurityPolicy, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        ...headers,
        'Content-Security-Policy': policyFor(file, body),
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      }).end(body);
    }).catch(() => response.writeHead(500).end());
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  startServer({ port }).then(({ url }) => {
    console.log(`Serving the examples at ${url}  (Ctrl+C to stop)`);
  }).catch((error) => {
    console.error(`Could not start the server: ${error.message}`);
    process.exit(1);
  });
}
