/**
 * A static file server for the built site, behaving like a CDN: `sirv` serves
 * the files (a directory URL gets its index.html) and `compression` compresses
 * text on the fly, brotli or gzip as the browser asks. sirv only serves
 * compressed copies that already sit beside the files (.br, .gz), and writing
 * those into the built site would change what the dist tests count and weigh.
 *
 * Around them, what a host does that sirv does not: the site may sit under a
 * base path (/blog/), a directory without its trailing slash redirects, and
 * anything missing gets 404.html with status 404.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServerOptions {
  root: string;
  /** The base path the site was built for, "/" or "/blog/". */
  base?: string;
  /** Extra headers for a response, e.g. from a _headers file. */
  headersFor?: (pathname: string) => Record<string, string>;
}

// Pagefind's own file types, which sirv's type table does not know; a host sends them as bytes.
const PAGEFIND_FILE = /\.(pf_meta|pf_fragment|pf_index|pagefind)(\?|$)/;

export function createStaticServer({ root, base = '/', headersFor = () => ({}) }: StaticServerOptions): Server {
  const distRoot = resolve(root);
  // sirv lists the files once, here: serve a site that is already built.
  const serveFile = sirv(distRoot, { extensions: ['html'] });
  // Pagefind's files come gzip-compressed already. @types/compression types the middleware for
  // Express; it needs only Node's request and response.
  const compress = compression({
    filter: (request, response) => !PAGEFIND_FILE.test(request.url) && compression.filter(request, response),
  }) as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  const notFound = (response: ServerResponse) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    // A site built without a 404 page answers with the status alone.
    createReadStream(join(distRoot, '404.html'))
      .on('error', () => response.end())
      .pipe(response);
  };

  /** Whether a URL path inside the site names a directory with an index page. */
  const isDirectory = (urlPath: string) => {
    let directory: string;
    try {
      directory = join(distRoot, normalize(decodeURI(urlPath)));
    } catch {
      return false; // A malformed escape names no directory.
    }
    return directory.startsWith(distRoot + sep) && existsSync(join(directory, 'index.html'));
  };

  return createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
    compress(request, response, () => {
      for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
      const relative = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
      if (relative === undefined) {
        notFound(response);
        return;
      }
      // sirv would answer a directory URL without its slash with the index page; hosts redirect
      // instead, and the page's relative links resolve against the slashed URL.
      if (!pathname.endsWith('/') && isDirectory(relative)) {
        response.writeHead(301, { location: `${pathname}/${search}` });
        response.end();
        return;
      }
      if (PAGEFIND_FILE.test(pathname)) response.setHeader('content-type', 'application/octet-stream');
      request.url = `/${relative}${search}`;
      serveFile(request, response, () => {
        notFound(response);
      });
    });
  });
}
