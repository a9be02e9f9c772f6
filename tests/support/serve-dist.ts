/**
 * Serves a built site for the browser tests, as Cloudflare Pages or Netlify
 * would: `node tests/support/serve-dist.ts [port] [dir] [base]`. The headers
 * the build wrote to _headers (caching, Content-Security-Policy…) are applied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeaders } from '../../src/postbuild/headers.ts';
import { createStaticServer } from './static-server.ts';

const [port = '4322', dir = 'dist', base = '/'] = process.argv.slice(2);

if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/ holds no built site: run \`npm run build\` first.`);
  process.exit(1);
}

const rules = existsSync(`${dir}/_headers`) ? parseHeaders(readFileSync(`${dir}/_headers`, 'utf8')) : [];

createStaticServer({ root: dir, base, headersFor: (pathname) => headersFor(rules, pathname) }).listen(
  Number(port),
  '127.0.0.1',
  () => {
    console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${base}${rules.length > 0 ? ', with its _headers' : ''}`);
  },
);
