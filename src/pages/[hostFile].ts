// Files for the static host, next to the pages: dist/_redirects (Netlify, Cloudflare Pages, GitLab
// Pages) and dist/vercel.json (Vercel, when dist/ is deployed as the project) with the same redirects
// as the HTML redirect pages, and dist/.build-time, the "as of" moment `veelgesteld due` compares with.
// A bracketed route because Astro skips page files whose name starts with "_" or ".".
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRedirects } from '../lib/cm-routes.ts';
import { visibility } from '../lib/content.ts';
import { redirectsFile, vercelConfig } from '../lib/redirects.ts';

const FILES = {
  _redirects: async () => redirectsFile(await allRedirects()),
  'vercel.json': async () => vercelConfig(await allRedirects()),
  '.build-time': async () => `${visibility.now.toISOString()}\n`,
} as const;
type FileName = keyof typeof FILES;

export const getStaticPaths = (() => Object.keys(FILES).map((hostFile) => ({ params: { hostFile } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params['hostFile'] as FileName;
  const type = name.endsWith('.json') ? 'application/json' : 'text/plain';
  return new Response(await FILES[name](), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
