// `veelgesteld editor --export public/admin --backend github|gitlab --repo owner/name`: the same CMS
// as a static folder for teams that want it online. Decap then logs in with the git host and commits
// there; the live check and the publish gate of `npm run editor` are not there, so the build's own
// `veelgesteld check` (first step of `npm run build`) is what refuses unfinished or unsafe content.
import { basename, join } from 'node:path';
import { buildCmsConfig, renderAdminPage, type CmsBackend } from '../lib/editor/index.ts';
import type { ProjectConfig } from '#core/config.ts';
import { copyFileTo, listVisibleFiles, writeFileAtomic } from '../lib/io/index.ts';
import { bundleClient, decapDistFolder } from './server.ts';

const HERE = new URL('.', import.meta.url).pathname;
const SITE_STYLES = new URL('../../src/styles/global.css', import.meta.url).pathname;

/** Writes index.html, config.yml, cms.js, the styles and Decap's bundle into `dir`; returns the file count. */
export async function exportAdmin(dir: string, config: ProjectConfig, backend: CmsBackend, newShortId: string): Promise<number> {
  await writeFileAtomic(join(dir, 'index.html'), renderAdminPage({ queue: false }));
  await writeFileAtomic(join(dir, 'config.yml'), `${JSON.stringify(buildCmsConfig({ config, backend, newShortId }), null, 2)}\n`);
  await writeFileAtomic(join(dir, 'cms.js'), await bundleClient());
  await copyFileTo(join(HERE, 'editor.css'), join(dir, 'editor.css'));
  await copyFileTo(SITE_STYLES, join(dir, 'site.css'));
  const bundle = (await listVisibleFiles(decapDistFolder(), 1)).filter((file) => file.endsWith('.js'));
  for (const file of bundle) await copyFileTo(file, join(dir, 'decap', basename(file)));
  return 5 + bundle.length;
}
