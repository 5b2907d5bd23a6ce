/**
 * Starts `vite preview` of an existing production build for `npm run bench:ui`
 * on the first free port from a start port (4390 to 4399 by default), and
 * stops it again. Builds nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** True when nothing listens on 127.0.0.1:port. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first free port in [from, to]; throws when all are taken. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await portFree(port)) return port;
  throw new Error(`bench:ui: no free port in ${from}-${to}`);
}

/** A running preview server. */
export interface Preview {
  url: string;
  stop: () => void;
}

/** Serves `dist` with vite preview on a free port from `fromPort` to `toPort`; resolves once it answers. */
export async function startPreview(dist: string, fromPort: number, toPort: number): Promise<Preview> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `bench:ui: no production build in ${dist}/ (run \`npx vite build --outDir ${dist}\` first)`,
    );
  }
  const port = await freePort(fromPort, toPort);
  const child: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench:ui: vite preview exited: ${stderr}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`bench:ui: vite preview did not answer on ${url}`);
}
