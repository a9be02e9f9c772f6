/**
 * Serves a built site for the browser tests: `node tests/support/serve-dist.ts [port] [dir] [base]`.
 */
import { existsSync } from 'node:fs';
import { createStaticServer } from './static-server.ts';

const [port = '4322', dir = 'dist', base = '/'] = process.argv.slice(2);

if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/ holds no built site: run \`npm run build\` first.`);
  process.exit(1);
}

createStaticServer({ root: dir, base }).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${base}`);
});
