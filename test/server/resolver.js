// The resolver, mounted in the browser tests' server at /resolver/ (a Koa middleware), so that a
// card in Chromium or Firefox can load a page of the other loopback origin, which sends no CORS
// headers, through it. It is the built one (dist/resolver/, as users get it): `npm test` builds
// first; without a build the route answers 503 and says so. allowHosts lists this server's own
// two loopback origins, the only upstream these tests use.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BUILT = fileURLToPath(new URL('../../dist/resolver/index.js', import.meta.url));
let resolver;

async function resolverFor(port) {
  if (!resolver) {
    const { createResolver } = await import(BUILT);
    resolver = createResolver({ allowHosts: [`localhost:${port}`, `127.0.0.1:${port}`], timeout: 5000 });
  }
  return resolver;
}

export async function resolverRoute(ctx, next) {
  if (!ctx.path.startsWith('/resolver/')) return next();
  if (!existsSync(BUILT)) {
    ctx.status = 503;
    ctx.body = 'The resolver is not built: run npm run build first.';
    return;
  }
  const r = await resolverFor(ctx.req.socket.localPort);
  const reply = await r.reply({
    method: ctx.method,
    url: `${ctx.protocol}://${ctx.host}${ctx.url}`,
    headers: { get: (name) => ctx.get(name) || null },
  });
  ctx.status = reply.status;
  ctx.set(reply.headers);
  ctx.body = reply.body ?? '';
}
