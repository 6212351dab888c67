// The import rules of ARCHITECTURE.md, checked by `npm test` (tests/checks/boundaries.ts). Each rule
// says which imports are forbidden; a violation fails the run and names the importing file and the
// import. There is no list of tolerated old violations: an exception is a commented path here.

/** Where node:fs, worker_threads and child_process may be imported. */
const NODE_IO_ALLOWED = [
  '^scripts/lib/io/',
  '^tests/',
  '^[^/]+\\.config\\.(?:ts|mjs|cjs)$',
  // The site's build-time readers: they run in `astro build`, never in a browser.
  '^src/lib/loaders/',
  '^src/lib/sitemap-build\\.ts$',
  '^src/pages/og/',
].join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-nothing-of-the-project',
      comment: 'scripts/lib/core (#core/*) is shared by the CLI and the site: it imports only other core modules and npm packages that run in a browser.',
      severity: 'error',
      from: { path: '^scripts/lib/core/' },
      to: { path: '^(?:scripts|src|tests)/', pathNot: '^scripts/lib/core/' },
    },
    {
      name: 'core-is-browser-safe',
      comment: 'scripts/lib/core runs in the browser too: no node:* modules.',
      severity: 'error',
      from: { path: '^scripts/lib/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pipeline-never-imports-commands-or-site',
      comment: 'scripts/lib (the steps, core and io) never imports scripts/commands, scripts/cli.ts or the site (src/).',
      severity: 'error',
      from: { path: '^scripts/lib/' },
      to: { path: '^(?:scripts/commands/|scripts/cli\\.ts$|src/)' },
    },
    {
      name: 'steps-never-import-io',
      comment: 'Pipeline steps take data and return data; io receives their pure functions (a step that can use a thread takes a starter from its command).',
      severity: 'error',
      from: { path: '^scripts/lib/', pathNot: '^scripts/lib/(?:io|core)/' },
      to: { path: '^scripts/lib/io/' },
    },
    {
      name: 'node-io-only-in-io',
      comment: `node:fs, worker_threads and child_process only in scripts/lib/io, tests, benchmarks, config files and the site's build-time readers.`,
      severity: 'error',
      from: { pathNot: NODE_IO_ALLOWED },
      to: { dependencyTypes: ['core'], path: '^(?:node:)?(?:fs|fs/promises|worker_threads|child_process)$' },
    },
    {
      name: 'site-imports-only-core',
      comment: 'The site (src/) imports scripts/lib/core (#core/*) and nothing else of scripts/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/', pathNot: '^scripts/lib/core/' },
    },
    {
      name: 'cli-never-imports-site',
      comment: 'scripts/ never imports the site (src/); the one agreed exception is the next rule.',
      severity: 'error',
      from: { path: '^scripts/', pathNot: '^scripts/commands/site-search\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'site-search-imports-only-the-search',
      comment:
        'scripts/commands/site-search.ts uses the site search (src/lib/search and its synonyms), so "searched, not found" is judged by the engine customers use; nothing else of src/.',
      severity: 'error',
      from: { path: '^scripts/commands/site-search\\.ts$' },
      to: { path: '^src/', pathNot: '^src/(?:lib/search/|data/synonyms\\.json$)' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Tests may import anything; nothing imports tests.',
      severity: 'error',
      from: { path: '^(?:scripts|src)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      // astro:* modules exist only inside an Astro build.
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  allowed: [],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:node_modules|dist|\\.astro)/' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.cjs', '.json', '.d.ts'],
      conditionNames: ['import', 'node', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
