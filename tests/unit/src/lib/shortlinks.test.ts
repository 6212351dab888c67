import { describe, expect, it } from 'vitest';
import { utmChannels } from '#site/lib/shortlinks.ts';

describe('utmChannels', () => {
  it('lists one channel per configured source, none when switched off', () => {
    const config = { enabled: true, medium: 'webcare', sources: ['x', 'facebook'] };
    expect(utmChannels(config)).toEqual([
      { source: 'x', medium: 'webcare' },
      { source: 'facebook', medium: 'webcare' },
    ]);
    expect(utmChannels({ ...config, enabled: false })).toEqual([]);
  });
});
