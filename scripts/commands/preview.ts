// `veelgesteld preview [--out preview] [--now <date-time>]`: the editor preview. Builds the whole site
// including drafts and embargoed items (VEELGESTELD_DRAFTS=1) into its own folder, never dist/.
// Embargoed pages carry an "EMBARGO tot …" banner and noindex; short links and redirects are included
// so editors can try them. Do not deploy the folder.
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { parseEditorialDateTime } from '../lib/editorial/index.ts';
import { InputError } from '../lib/errors.ts';
import { pathExists, runNode } from '../lib/io/index.ts';

export default defineCommand({
  meta: { name: 'preview', description: 'Build an editor preview with drafts and embargoed items into its own folder.' },
  args: {
    out: { type: 'string', default: 'preview', description: 'Output folder (never dist/)' },
    now: { type: 'string', description: 'Build as of this moment, e.g. "2026-12-01 20:30" (Amsterdam time)' },
    root: { type: 'string', default: '.', description: 'Project folder' },
  },
  async run({ args }) {
    const root = resolve(args.root);
    const out = previewFolder(root, args.out);
    const env: Record<string, string> = { VEELGESTELD_DRAFTS: '1', VEELGESTELD_PREVIEW: '1', VEELGESTELD_OUT_DIR: out };
    if (args.now) env['VEELGESTELD_NOW'] = parseEditorialDateTime(args.now, '--now').toISOString();
    const code = await astroBuild(root, env);
    if (code === 0) {
      const shown = relative(process.cwd(), out) || '.';
      console.log(`Voorvertoning gebouwd in ${shown}/ (met concepten en embargo). Bekijk: VEELGESTELD_OUT_DIR=${shown} npx astro preview`);
      console.log('Niet publiceren: deze map bevat items onder embargo.');
    }
    return code;
  },
});

/** The absolute output folder; refuses dist/ (or a folder around or inside it) and the project itself. */
export function previewFolder(root: string, out: string): string {
  const folder = resolve(root, out);
  const dist = join(root, 'dist');
  const inside = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (inside(folder, root)) {
    throw new InputError(`--out ${out} is the project folder or contains it; the build would empty it. Use e.g. --out preview`);
  }
  if (inside(dist, folder) || inside(folder, dist)) {
    throw new InputError(`--out ${out} would write into dist/, which is what gets published; pick another folder, e.g. --out preview`);
  }
  return folder;
}

function astroBuild(root: string, env: Record<string, string>): Promise<number> {
  const require = createRequire(join(root, 'package.json'));
  let astro: string;
  try {
    astro = join(require.resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
  } catch {
    throw new InputError(`Astro is not installed in ${root}; run npm install first`);
  }
  if (!pathExists(astro)) throw new InputError(`Astro's CLI is missing (${astro}); run npm install`);
  return runNode([astro, 'build'], { cwd: root, env });
}
