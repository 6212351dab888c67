// `npm run bench -- build --articles 10000`: copies the site to a temporary folder, adds N generated
// (valid, published) FAQ articles, runs `astro build` there in a child process and reports the wall
// time and the peak resident memory of the build's process tree. The OG image cache starts empty.
// `--log <file>` keeps Astro's output (per-page timings) for finding what is slow.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'veelgesteld.config.json', 'src', 'public', 'scripts', 'content'];
/** Caches that must not be shared with the real project (content layer store, Vite, OG images). */
const PRIVATE_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

export default async function build(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: 'string', default: '10000' },
      keep: { type: 'boolean', default: false },
      log: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 0) throw new Error(`--articles must be a whole number, got "${values.articles}"`);

  const dir = await mkdtemp(join(tmpdir(), 'veelgesteld-build-'));
  try {
    await copyProject(dir);
    await generateArticles(join(dir, 'content', 'faq', 'nl'), articles);
    console.error(`build bench: ${articles} generated articles in ${dir}`);
    const { seconds, peakRssMB } = await measuredBuild(dir, values.log);
    const pages = await countFiles(join(dir, 'dist'), '.html');
    const ogImages = await countFiles(join(dir, 'dist', 'og'), '.png');
    return { articles, seconds, peakRssMB, pages, ogImages };
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }
}

async function copyProject(dir: string): Promise<void> {
  for (const entry of COPIED) {
    await cp(join(ROOT, entry), join(dir, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(join(ROOT, 'node_modules'))) {
    if (!PRIVATE_NODE_MODULES.has(entry)) await symlink(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

// --- generated content ---

const CATEGORIES = [
  'Betalen',
  'Storingen',
  'Mijn gegevens',
  'Contract',
  'Verhuizen',
  'Facturen',
  'Inloggen',
  'Bezorging',
  'Opzeggen',
  'App',
  'Tarieven',
  'Klachten',
];
const VERBS = ['aanpassen', 'wijzigen', 'opzeggen', 'aanvragen', 'doorgeven', 'bekijken', 'terugvragen', 'blokkeren'];
const THINGS = [
  'termijnbedrag',
  'rekeningnummer',
  'adres',
  'factuur',
  'pinpas',
  'wachtwoord',
  'abonnement',
  'machtiging',
  'meterstand',
  'e-mailadres',
  'telefoonnummer',
  'contract',
];
const SHORT_ID_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

function shortId(n: number): string {
  let id = '';
  for (let i = 0; i < 5; i++) {
    id = SHORT_ID_ALPHABET[n % SHORT_ID_ALPHABET.length] + id;
    n = Math.floor(n / SHORT_ID_ALPHABET.length);
  }
  return `b${id}`;
}

function article(i: number): string {
  const thing = THINGS[i % THINGS.length]!;
  const verb = VERBS[Math.floor(i / THINGS.length) % VERBS.length]!;
  const category = CATEGORIES[(i * 7) % CATEGORIES.length]!;
  const count = ((i * 7919) % 997) + 1;
  return `---
title: "Hoe kan ik mijn ${thing} ${verb}? (${i})"
description: "Zo ${verb.replace(/en$/, 't')} je je ${thing} zelf in Mijn Omgeving, meestal binnen een paar minuten geregeld."
category: ${category}
tags: [${thing}, ${verb}]
status: published
updatedAt: 2026-01-${String((i % 28) + 1).padStart(2, '0')}
shortId: ${shortId(i)}
questions:
  - ${thing} ${verb} kan dat online
  - hoe ${verb} ik mijn ${thing} nummer ${i}
reply: Je kunt je ${thing} ${verb} in Mijn Omgeving.
source:
  clusterId: bench-${i}
  questionCount: ${count}
  firstSeen: 2025-06-01
  lastSeen: 2026-01-31
  channels: [x, whatsapp]
---

Log in op **Mijn Omgeving** en kies *${category}*. Daar kun je je ${thing} ${verb}.

- Controleer daarna of alles klopt.
- Lukt het niet? Stuur ons een bericht.
`;
}

async function generateArticles(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let start = 0; start < count; start += 500) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      batch.push(writeFile(join(dir, `bench-${String(i).padStart(5, '0')}.mdx`), article(i)));
    }
    await Promise.all(batch);
  }
}

// --- measurement ---

async function measuredBuild(dir: string, logFile: string | undefined): Promise<{ seconds: number; peakRssMB: number }> {
  const log = logFile ? createWriteStream(logFile) : undefined;
  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, VEELGESTELD_OG_CACHE_DIR: join(dir, '.og-cache'), VEELGESTELD_CONTENT_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', log ? 'pipe' : 'ignore', 'pipe'],
  });
  if (log) child.stdout?.pipe(log);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let peak = 0;
  const poll = setInterval(() => void treeRss(child.pid!).then((rss) => (peak = Math.max(peak, rss))), 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  log?.end();
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${stderr}`);
  return { seconds: Math.round((performance.now() - started) / 100) / 10, peakRssMB: Math.round(peak / 1024) };
}

/** Resident memory (kB) of a process and all its descendants, from /proc. */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  let total = 0;
  for (const pid of tree) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return total;
}

async function countFiles(dir: string, extension: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => entry.endsWith(extension)).length;
}
