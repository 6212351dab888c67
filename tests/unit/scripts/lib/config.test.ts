import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProjectConfig } from '#lib/config.ts';

describe('parseProjectConfig', () => {
  it('reads the project config with defaults for omitted sections', () => {
    const config = parseProjectConfig(readFileSync('veelgesteld.config.json', 'utf8'));
    expect(config.siteUrl).toMatch(/^https:\/\//);
    const minimal = parseProjectConfig(JSON.stringify({ siteUrl: 'https://hulp.example.nl', company: { name: 'X', contactRoute: 'Bel ons' } }));
    expect(minimal.editorial.titleMax).toBe(60);
    expect(minimal.replies.utm.enabled).toBe(false);
  });

  it('names the file and the field that is wrong', () => {
    expect(() => parseProjectConfig('{"siteUrl": "geen url", "company": {}}', 'veelgesteld.config.json')).toThrow(
      /^veelgesteld\.config\.json: siteUrl: .*; company\.name: /,
    );
  });

  it('reports broken JSON instead of crashing', () => {
    expect(() => parseProjectConfig('{"siteUrl": ', 'cfg.json')).toThrow(/^cfg\.json: not valid JSON/);
  });
});
