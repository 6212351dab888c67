// The Decap CMS configuration, generated from the content schema (fields.ts) and the project
// config (limits, site URL), never written by hand: a field, an enum value, a required flag or a
// limit changed in content-schema.ts or veelgesteld.config.json shows up in the editor on restart.
import { type CollectionName, collectionSchemas, type Locale, LOCALES } from '#core/content.ts';
import { MAX_REPLY_LENGTH } from '#core/replies.ts';
import type { ProjectConfig } from '#core/config.ts';
import { splitFrontmatter } from '#core/frontmatter.ts';
import { scaffoldBlog, scaffoldBroadcast, scaffoldFaq } from '../editorial/index.ts';
import { schemaFields, type FieldSpec } from './fields.ts';

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  field?: CmsField;
  fields?: CmsField[];
  collapsed?: boolean;
  /** Options of our own widgets (vg-counted): what is counted and the limits. */
  count?: 'chars' | 'x';
  min?: number;
  max?: number;
  /** vg-counted with count "x": the short link that is appended when the reply is sent. */
  link?: string;
};

export type CmsCollection = {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'mdx';
  format: 'frontmatter';
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  view_filters: { label: string; field: string; pattern: string }[];
  fields: CmsField[];
};

export type CmsBackend =
  | { name: 'proxy'; proxy_url: string; branch: string }
  | { name: 'github'; repo: string; branch: string; base_url?: string; auth_endpoint?: string }
  | { name: 'gitlab'; repo: string; branch: string; auth_type?: 'pkce'; app_id?: string };

export type CmsConfig = {
  backend: CmsBackend;
  locale: 'nl';
  load_config_file: false;
  publish_mode: 'simple';
  media_folder: string;
  public_folder: string;
  site_url: string;
  display_url: string;
  show_preview_links: boolean;
  collections: CmsCollection[];
};

export type CmsConfigOptions = {
  config: Pick<ProjectConfig, 'siteUrl' | 'editorial' | 'company'>;
  backend: CmsBackend;
  /** Where the editor's own site (astro dev) runs, for "view on site" links; siteUrl otherwise. */
  previewSiteUrl?: string | undefined;
  /** A free shortId for new FAQ articles and broadcasts (the check refuses duplicates anyway). */
  newShortId: string;
};

/** Fields the editor shows but never lets anyone change: what mining wrote. */
export const READ_ONLY_FIELDS = ['source', 'generatedHash'] as const;

const LABELS: Record<string, string> = {
  title: 'Titel',
  description: 'Beschrijving',
  lang: 'Taal',
  status: 'Status',
  publishAt: 'Publiceren vanaf (embargo)',
  updatedAt: 'Bijgewerkt op',
  previousSlugs: 'Vorige adressen (slugs)',
  category: 'Onderwerp',
  tags: 'Tags',
  shortId: 'Korte link (id)',
  questions: 'Voorbeeldvragen van klanten',
  reply: 'Antwoord voor webcare',
  related: 'Gerelateerd (slug of shortId)',
  source: 'Wat mining zag',
  generatedHash: 'Vingerafdruk van het concept',
  author: 'Auteur',
  heroAlt: 'Alt-tekst van de afbeelding',
  programme: 'Programma',
  episodeTitle: 'Titel van de uitzending',
  airsAt: 'Uitzending (Amsterdamse tijd)',
  contact: 'Contact',
  name: 'Naam',
  role: 'Functie',
  route: 'Hoe klanten ons bereiken',
  updates: 'Updates (openbaar logboek)',
  at: 'Tijdstip (Amsterdamse tijd)',
  text: 'Wat is er veranderd of bijgekomen',
  replies: 'Voorbereide antwoorden voor webcare',
  body: 'Tekst',
};

export const STATUS_LABELS: Record<string, string> = { draft: 'Concept', review: 'In review', published: 'Gepubliceerd' };
const LANGUAGE_LABELS: Record<Locale, string> = { nl: 'Nederlands', en: 'Engels' };

const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string }> = {
  faq: { label: 'Veelgestelde vragen', singular: 'vraag' },
  blog: { label: 'Blog', singular: 'blogpost' },
  broadcasts: { label: 'Uitzendingen', singular: 'uitzending' },
};

/** The Decap CMS config object (serve it as JSON: Decap reads YAML, and JSON is YAML). */
export function buildCmsConfig(options: CmsConfigOptions): CmsConfig {
  const { config } = options;
  const collections: CmsCollection[] = [];
  for (const name of ['faq', 'blog'] as const) {
    for (const lang of LOCALES) collections.push(collection(name, lang, options));
  }
  collections.push(collection('broadcasts', undefined, options));
  return {
    backend: options.backend,
    locale: 'nl',
    load_config_file: false,
    publish_mode: 'simple',
    media_folder: 'public/img',
    public_folder: '/img',
    site_url: options.previewSiteUrl ?? config.siteUrl,
    display_url: config.siteUrl,
    // Decap's preview links expect a deploy-preview service; our preview panel links to astro dev itself.
    show_preview_links: false,
    collections,
  };
}

/** The Decap collection name of a content folder: faq-nl, faq-en, blog-nl, blog-en, broadcasts. */
export function collectionName(collection: CollectionName, lang: Locale | undefined): string {
  return lang ? `${collection}-${lang}` : collection;
}

// --- internal ---

function collection(name: CollectionName, lang: Locale | undefined, options: CmsConfigOptions): CmsCollection {
  const labels = COLLECTION_LABELS[name];
  const fields = schemaFields(collectionSchemas[name]).map((spec) => topField(spec, name, lang, options));
  fields.push({
    name: 'body',
    label: LABELS['body']!,
    widget: 'vg-markdown',
    required: false,
    hint: bodyHint(name),
    default: scaffoldBody(name, lang ?? 'nl', options),
  });
  return {
    name: collectionName(name, lang),
    label: lang ? `${labels.label} (${LANGUAGE_LABELS[lang]})` : labels.label,
    label_singular: labels.singular,
    folder: lang ? `content/${name}/${lang}` : `content/${name}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: '{{title}} ({{status}})',
    sortable_fields: ['title', 'status', 'updatedAt'],
    view_filters: Object.entries(STATUS_LABELS).map(([value, label]) => ({ label, field: 'status', pattern: `^${value}$` })),
    fields,
  };
}

function topField(spec: FieldSpec, collection: CollectionName, lang: Locale | undefined, options: CmsConfigOptions): CmsField {
  const { editorial, siteUrl } = options.config;
  const base = toField(spec);
  switch (spec.name) {
    case 'title':
      return {
        ...base,
        widget: 'vg-counted',
        count: 'chars',
        max: editorial.titleMax,
        hint: `Hoogstens ${editorial.titleMax} tekens, zodat zoekmachines de hele titel tonen.`,
      };
    case 'description':
      return {
        ...base,
        widget: 'vg-counted',
        count: 'chars',
        min: editorial.descriptionMin,
        max: editorial.descriptionMax,
        hint: `Tussen ${editorial.descriptionMin} en ${editorial.descriptionMax} tekens: de regel onder de titel in zoekresultaten.`,
      };
    case 'reply':
      return {
        ...base,
        widget: 'vg-counted',
        count: 'x',
        max: MAX_REPLY_LENGTH,
        link: `${siteUrl.replace(/\/+$/, '')}/k/xxxx`,
        hint: `Zoals X telt (links 23, emoji 2), met de korte link erbij: hoogstens ${MAX_REPLY_LENGTH}.`,
      };
    case 'replies':
      return { ...base, field: { ...base.field!, widget: 'vg-counted', count: 'x', max: MAX_REPLY_LENGTH, link: `${siteUrl.replace(/\/+$/, '')}/k/xxxx` } };
    case 'lang':
      // The folder decides the language; the check refuses a file whose lang differs from it.
      return lang ? { ...base, widget: 'hidden', default: lang } : base;
    case 'status':
      return { ...base, hint: 'Naar review of gepubliceerd gaat alleen als de controle geen fouten vindt (zoals veelgesteld publish).' };
    case 'shortId':
      return { ...base, default: options.newShortId, hint: 'De korte link /k/<id>; verander hem nooit nadat het artikel gepubliceerd is.' };
    case 'source': {
      // Shown as one read-only panel (chart and figures), not as editable sub-fields.
      const { fields: _fields, ...rest } = base;
      return { ...rest, widget: 'vg-evidence', hint: 'Alleen-lezen: wat mining in de webcare-gesprekken zag.' };
    }
    case 'generatedHash':
      return { ...base, widget: 'hidden' };
    case 'contact':
      return {
        ...base,
        fields: (base.fields ?? []).map((field) => (field.name === 'route' ? { ...field, default: options.config.company.contactRoute } : field)),
      };
    case 'publishAt':
      return collection === 'broadcasts'
        ? { ...base, hint: 'Vóór dit moment staat niets van deze uitzending op de site.' }
        : { ...base, hint: 'Leeg laten: publiceren zet dit op het moment van publiceren.' };
    default:
      return base;
  }
}

function toField(spec: FieldSpec): CmsField {
  const field: CmsField = { name: spec.name, label: LABELS[spec.name] ?? spec.name, widget: 'string', required: spec.required };
  if (spec.default !== undefined && !(Array.isArray(spec.default) && spec.default.length === 0)) field.default = spec.default;
  if (spec.pattern) field.pattern = [spec.pattern.source, spec.pattern.message];
  switch (spec.kind) {
    case 'date':
      field.widget = 'vg-datetime';
      break;
    case 'number':
      field.widget = 'number';
      field.value_type = spec.integer ? 'int' : 'float';
      break;
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'enum':
      field.widget = 'select';
      field.options = (spec.options ?? []).map((value) => ({ value, label: STATUS_LABELS[value] ?? value }));
      break;
    case 'list':
      field.widget = 'list';
      if (spec.item?.kind === 'object') field.fields = (spec.item.fields ?? []).map(toField);
      else if (spec.item) field.field = { ...toField(spec.item), label: LABELS[spec.name] ?? spec.name };
      break;
    case 'object':
      field.widget = 'object';
      field.fields = (spec.fields ?? []).map(toField);
      break;
    case 'string':
    case 'unknown':
      field.widget = spec.name === 'text' || spec.name === 'route' ? 'text' : 'string';
      break;
  }
  return field;
}

/** A new item starts with the same sections and TODOs as `veelgesteld new`. */
function scaffoldBody(collection: CollectionName, lang: Locale, options: CmsConfigOptions): string {
  const common = { lang, shortId: options.newShortId, contactRoute: options.config.company.contactRoute };
  const scaffold =
    collection === 'faq'
      ? scaffoldFaq(common)
      : collection === 'blog'
        ? scaffoldBlog({ lang, now: new Date(0) })
        : scaffoldBroadcast({ ...common, programme: 'Radar', airsAt: new Date(0) });
  return splitFrontmatter(scaffold.text)?.body.trim() ?? '';
}

function bodyHint(collection: CollectionName): string {
  return collection === 'faq'
    ? 'Gewone Markdown: ## koppen, lijstjes met -, **vet**, [links](/faq/...). Geen HTML. Vervang elke regel met TODO.'
    : 'Markdown; ## koppen voor de secties. Vervang elke regel met TODO.';
}
