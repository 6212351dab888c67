// The redirect files static hosts read, next to the HTML redirect pages: dist/_redirects (Netlify,
// Cloudflare Pages, GitLab Pages) and dist/vercel.json (Vercel, when dist/ is deployed as the project).
// A bracketed route because Astro skips page files whose name starts with "_".
import type { APIRoute, GetStaticPaths } from 'astro';
import { allRedirects } from '../lib/cm-routes.ts';
import { redirectsFile, vercelConfig } from '../lib/redirects.ts';

const FILES = { _redirects: redirectsFile, 'vercel.json': vercelConfig } as const;
type FileName = keyof typeof FILES;

export const getStaticPaths = (() => Object.keys(FILES).map((redirects) => ({ params: { redirects } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const format = FILES[params['redirects'] as FileName];
  const type = params['redirects'] === 'vercel.json' ? 'application/json' : 'text/plain';
  return new Response(format(await allRedirects()), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
