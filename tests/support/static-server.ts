/**
 * A static file server for the built site, behaving like a CDN: directory
 * URLs serve index.html, a directory without its trailing slash redirects, and
 * anything missing gets 404.html with status 404. The site may sit under a base
 * path (/blog/).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServerOptions {
  root: string;
  /** The base path the site was built for, "/" or "/blog/". */
  base?: string;
  /** Extra headers for a response, e.g. from a _headers file. */
  headersFor?: (pathname: string) => Record<string, string>;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** Which file answers a request path, and with which status; a redirect when a directory lacks its slash. */
function resolveRequest(
  distRoot: string,
  base: string,
  pathname: string,
): { status: number; file?: string; location?: string } {
  const notFound = { status: 404, file: join(distRoot, '404.html') };
  if (!pathname.startsWith(base)) return notFound;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return notFound;
  const target = join(distRoot, relative);
  if (isFile(target)) return { status: 200, file: target };
  if (!isFile(join(target, 'index.html'))) return notFound;
  if (!pathname.endsWith('/')) return { status: 301, location: `${pathname}/` };
  return { status: 200, file: join(target, 'index.html') };
}

export function createStaticServer({ root, base = '/', headersFor = () => ({}) }: StaticServerOptions): Server {
  const distRoot = resolve(root);
  return createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const { status, file, location } = resolveRequest(distRoot, base, pathname);
    if (location !== undefined || file === undefined) {
      response.writeHead(status, { location: location ?? base });
      response.end();
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    // Like a CDN, compress text for clients that accept it; Pagefind's files come compressed already.
    const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      ...headersFor(pathname),
    });
    // A file can vanish between the check and the read (a rebuild of dist/ under a running server).
    const body = createReadStream(file).on('error', () => response.destroy());
    (compress ? body.pipe(createGzip()) : body).pipe(response);
  });
}
