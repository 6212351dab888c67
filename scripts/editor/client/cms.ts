// Browser side of the editor: starts Decap CMS (the bundle served from node_modules) with the config
// generated from the content schema, and registers our widgets and previews. Decap exposes React as
// the globals `h` (createElement) and `createClass`, so this file needs no React of its own.
// Bundled by esbuild when `veelgesteld editor` starts; imports only browser-safe project modules.
import { countTweetLength, MAX_POST_LENGTH } from '#core/tweet-length.ts';
import { formatAmsterdamIso, parseEditorialDateTime } from '../../lib/editorial/time.ts';
import { CHANNEL_LABELS, chartSummary, weeklyChartSvg } from '../../lib/editor/chart.ts';
import { readableTime, relativeText } from '../../lib/editor/when.ts';

type Immutable = { get: (key: string) => unknown; toJS: () => unknown; getIn: (path: string[]) => unknown };
type Props = Record<string, unknown> & {
  value?: unknown;
  onChange: (value: unknown) => void;
  forID: string;
  classNameWrapper: string;
  field: Immutable;
  entry?: Immutable;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
};
type Component = { props: Props; state: Record<string, unknown>; setState: (state: Record<string, unknown>) => void };
type Phrases = Record<string, Record<string, Record<string, string>>>;
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

declare const window: Window & {
  CMS: {
    init: (options: { config: unknown }) => void;
    registerWidget: (name: string, control: unknown, preview?: unknown) => void;
    registerPreviewTemplate: (name: string, component: unknown) => void;
    registerPreviewStyle: (url: string) => void;
    registerLocale: (locale: string, phrases: unknown) => void;
    getLocale?: (locale: string) => Phrases | undefined;
  };
  h: H;
  createClass: (spec: Record<string, unknown>) => unknown;
};

const h: H = (...args) => window.h(...args);
/** The CMS runs on a git host (no `npm run editor` behind it): the build's check is the gate there. */
const OFFLINE_CHECK =
  'de live controle draait alleen in npm run editor; bij deze online redactie controleert de build (veelgesteld check) alles voordat de site verandert.';
const STATUS: Record<string, string> = { error: 'Fout', warning: 'Waarschuwing', note: 'Opmerking' };

// --- widgets ---

/** A text field with a live counter: characters (title, description) or as X counts them (replies). */
const Counted = window.createClass({
  handleChange(this: Component, event: { target: { value: string } }) {
    this.props.onChange(event.target.value);
  },
  render(this: Component & { handleChange: unknown }) {
    const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const value = typeof this.props.value === 'string' ? this.props.value : '';
    const count = field.get('count') === 'x' ? countTweetLength(withLink(value, String(field.get('link') ?? ''))) : [...value].length;
    const min = Number(field.get('min') ?? 0);
    const max = Number(field.get('max') ?? Infinity);
    const outside = count > max || (value !== '' && count < min);
    const multiline = field.get('name') !== 'title';
    const counterId = `${forID}-counter`;
    const unit = field.get('count') === 'x' ? 'tekens zoals X telt, met link' : 'tekens';
    return h(
      'div',
      { className: 'vg-counted' },
      h(multiline ? 'textarea' : 'input', {
        id: forID,
        className: classNameWrapper,
        value,
        rows: multiline ? 3 : undefined,
        onChange: this.handleChange,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        'aria-describedby': counterId,
      }),
      h(
        'p',
        { id: counterId, className: `vg-counter${outside ? ' vg-over' : ''}`, 'aria-live': 'polite' },
        min > 0 ? `${count} ${unit} (${min}–${max})` : `${count} / ${max === Infinity ? MAX_POST_LENGTH : max} ${unit}`,
      ),
    );
  },
});

/** Date and time in Amsterdam, whatever the computer's own time zone; stored with the right offset. */
const AmsterdamTime = window.createClass({
  getInitialState(this: Component) {
    return { text: wallClock(this.props.value), error: '' };
  },
  handleChange(this: Component, event: { target: { value: string } }) {
    const text = event.target.value;
    this.setState({ text });
    if (text === '') return this.props.onChange('');
    try {
      this.props.onChange(formatAmsterdamIso(parseEditorialDateTime(text.replace('T', ' '))));
      this.setState({ error: '' });
    } catch (error) {
      this.setState({ error: error instanceof Error ? error.message : String(error) });
    }
  },
  render(this: Component & { handleChange: unknown }) {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const value = this.props.value;
    const stored = value instanceof Date ? formatAmsterdamIso(value) : typeof value === 'string' ? value : '';
    return h(
      'div',
      { className: 'vg-datetime' },
      h('input', {
        id: forID,
        type: 'datetime-local',
        className: classNameWrapper,
        value: String(this.state['text'] ?? ''),
        onChange: this.handleChange,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        'aria-describedby': `${forID}-stored`,
      }),
      h('p', { id: `${forID}-stored`, className: 'vg-counter' }, stored ? `Opgeslagen als ${stored} (${relative(stored)})` : 'Amsterdamse tijd'),
      this.state['error'] ? h('p', { className: 'vg-counter vg-over', role: 'alert' }, String(this.state['error'])) : null,
    );
  },
});

/** What mining saw, read-only: the value is passed through untouched. */
const Evidence = window.createClass({
  render(this: Component) {
    const source = toPlain(this.props.value) as Record<string, unknown> | undefined;
    if (!source || typeof source !== 'object') return h('p', { className: 'vg-evidence' }, 'Geen gegevens uit mining: dit artikel is met de hand geschreven.');
    const weekly = Array.isArray(source['weekly']) ? (source['weekly'] as { week: string; count: number }[]) : [];
    const channels = Array.isArray(source['channels']) ? (source['channels'] as string[]).map((channel) => CHANNEL_LABELS[channel] ?? channel).join(', ') : '';
    const trend = Number(source['trend'] ?? 0);
    return h(
      'div',
      { className: 'vg-evidence', id: this.props.forID, tabIndex: -1 },
      h(
        'dl',
        { className: 'vg-stats' },
        stat('Vragen', String(source['questionCount'] ?? 0)),
        stat('Verschillende klanten', String(source['authors'] ?? 0)),
        stat('Kanalen', channels || 'onbekend'),
        stat('Trend', `${trend > 0.25 ? 'stijgend' : trend < -0.25 ? 'dalend' : 'stabiel'} (${trend > 0 ? '+' : ''}${trend.toFixed(2)})`),
        stat('Eerst en laatst gezien', `${dateText(source['firstSeen'])} – ${dateText(source['lastSeen'])}`),
      ),
      h(
        'figure',
        { className: 'vg-figure' },
        h('span', { dangerouslySetInnerHTML: { __html: weeklyChartSvg(weekly) } }),
        h('figcaption', null, chartSummary(weekly)),
      ),
    );
  },
});

/** Markdown as plain text: what is typed is what is stored, byte for byte. */
const Markdown = window.createClass({
  handleChange(this: Component, event: { target: { value: string } }) {
    this.props.onChange(event.target.value);
  },
  render(this: Component & { handleChange: unknown }) {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return h('textarea', {
      id: forID,
      className: `${classNameWrapper} vg-markdown`,
      value: typeof this.props.value === 'string' ? this.props.value : '',
      rows: 24,
      spellCheck: true,
      onChange: this.handleChange,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
    });
  },
});

// --- preview: live check + the page as the site shows it ---

type CheckResult = {
  problems: { severity: string; code: string; text: string; message: string; line: number }[];
  blocking: boolean;
  html: string;
  siteLink?: string;
  lengths: { title: number; description: number; reply?: number; replies?: number[]; limits: Record<string, number> };
  schedule?: { nowMs: number; publishAt?: string; airsAt?: string; publishInMs?: number; rebuilds: string[]; rebuildDueNow: boolean; lastBuild?: string };
};

function previewFor(collection: string) {
  return window.createClass({
    getInitialState() {
      return { result: undefined, failed: '' };
    },
    componentDidMount(this: Component & { run: () => void }) {
      this.run();
    },
    componentDidUpdate(this: Component & { run: () => void; lastData?: unknown }, previous: Props) {
      if (previous.entry?.get('data') !== this.props.entry?.get('data')) this.run();
    },
    run(this: Component & { timer?: ReturnType<typeof setTimeout>; sent?: number }) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        // Only the answer to the latest request is shown, however the responses arrive.
        const request = (this.sent = (this.sent ?? 0) + 1);
        const entry = this.props.entry;
        const data = toPlain(entry?.get('data')) ?? {};
        fetch('/api/editor/check', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ collection, path: entry?.get('newRecord') ? undefined : entry?.get('path'), data }),
        })
          .then(async (response) => {
            if (response.status === 404 || response.status === 405) throw new Error(OFFLINE_CHECK);
            return response.ok ? ((await response.json()) as CheckResult) : Promise.reject(new Error(await response.text()));
          })
          .then((result) => {
            if (request === this.sent) this.setState({ result, failed: '' });
          })
          .catch((error: unknown) => {
            if (request === this.sent) this.setState({ failed: error instanceof Error ? error.message : String(error) });
          });
      }, 300);
    },
    render(this: Component) {
      const data = (toPlain(this.props.entry?.get('data')) ?? {}) as Record<string, unknown>;
      const result = this.state['result'] as CheckResult | undefined;
      return h(
        'div',
        { className: 'vg-preview' },
        checksPanel(result, String(this.state['failed'] ?? '')),
        result?.siteLink
          ? h(
              'p',
              { className: 'vg-small' },
              h('a', { href: result.siteLink, target: '_blank', rel: 'noopener' }, 'Bekijk deze pagina op de site met concepten (na opslaan)'),
            )
          : null,
        result?.schedule ? schedulePanel(result.schedule) : null,
        h(
          'main',
          { className: 'container' },
          h(
            'article',
            { className: 'prose' },
            h(
              'header',
              null,
              h('h1', null, String(data['title'] ?? '') || '(nog geen titel)'),
              h('p', { className: 'lead' }, String(data['description'] ?? '')),
            ),
            h('div', { dangerouslySetInnerHTML: { __html: result?.html ?? '' } }),
          ),
        ),
      );
    },
  });
}

function checksPanel(result: CheckResult | undefined, failed: string): unknown {
  if (failed)
    return h(
      'section',
      { className: 'vg-checks', 'aria-label': 'Controle' },
      h('p', null, failed === OFFLINE_CHECK ? `Let op: ${failed}` : `Controle niet gelukt: ${failed}`),
    );
  if (!result) return h('section', { className: 'vg-checks', 'aria-label': 'Controle' }, h('p', null, 'Controleren…'));
  const shown = result.problems;
  return h(
    'section',
    { className: `vg-checks${result.blocking ? ' vg-blocking' : ''}`, 'aria-label': 'Controle', 'data-testid': 'checks' },
    h('h2', null, shown.length === 0 ? 'Controle: geen problemen' : `Controle: ${shown.length} ${shown.length === 1 ? 'punt' : 'punten'}`),
    h('p', { className: 'vg-small' }, lengthLine(result)),
    shown.length > 0
      ? h(
          'ul',
          null,
          ...shown.map((problem) =>
            h(
              'li',
              { className: `vg-${problem.severity}`, 'data-code': problem.code },
              h('strong', null, `${STATUS[problem.severity] ?? problem.severity}: `),
              problem.text,
            ),
          ),
        )
      : null,
  );
}

function schedulePanel(schedule: NonNullable<CheckResult['schedule']>): unknown {
  const when = schedule.publishAt
    ? `Openbaar vanaf ${readable(schedule.publishAt)} (${relative(schedule.publishAt, schedule.nowMs)})`
    : 'Nog geen embargo (publishAt) gekozen.';
  return h(
    'section',
    { className: 'vg-checks', 'aria-label': 'Planning', 'data-testid': 'schedule' },
    h('h2', null, 'Planning'),
    h('p', null, when),
    schedule.airsAt ? h('p', null, `Uitzending: ${readable(schedule.airsAt)} (${relative(schedule.airsAt, schedule.nowMs)})`) : null,
    h(
      'p',
      null,
      `Herbouw van de site nodig om: ${schedule.rebuilds.map(readable).join(', ')}. `,
      'De geplande taak ',
      h('code', null, 'npx veelgesteld due --within 15m'),
      ' ziet dat en start de build.',
      schedule.rebuildDueNow ? ' Nu al nodig: de laatste build is van vóór het embargo.' : '',
    ),
  );
}

function lengthLine(result: CheckResult): string {
  const { lengths } = result;
  const parts = [
    `titel ${lengths.title}/${lengths.limits['titleMax']}`,
    `beschrijving ${lengths.description} (${lengths.limits['descriptionMin']}–${lengths.limits['descriptionMax']})`,
  ];
  if (lengths.reply !== undefined) parts.push(`antwoord ${lengths.reply}/${lengths.limits['reply']} zoals X telt`);
  lengths.replies?.forEach((length, index) => parts.push(`antwoord ${index + 1}: ${length}/${lengths.limits['reply']}`));
  return `Lengtes: ${parts.join(' · ')}`;
}

// --- helpers ---

function stat(label: string, value: string): unknown {
  return h('div', null, h('dt', null, label), h('dd', null, value));
}

function withLink(reply: string, link: string): string {
  const text = reply.trim();
  return text === '' ? link : `${text} ${link}`;
}

function toPlain(value: unknown): unknown {
  return value && typeof (value as Immutable).toJS === 'function' ? (value as Immutable).toJS() : value;
}

function dateText(value: unknown): string {
  const date = new Date(String(value ?? ''));
  return Number.isNaN(date.getTime()) ? '?' : formatAmsterdamIso(date).slice(0, 10);
}

/** "2026-12-01T20:30" for a datetime-local input, in Amsterdam time. */
function wallClock(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? '' : formatAmsterdamIso(date).slice(0, 16);
}

function readable(iso: string): string {
  return readableTime(new Date(iso));
}

function relative(iso: string, now = Date.now()): string {
  return relativeText(new Date(iso).getTime(), now);
}

/**
 * In "simple" publish mode Decap calls saving a file "publiceren"; here publishing is the status
 * field (through the check), so the toolbar says "opslaan" to avoid two meanings of one word.
 */
function relabelSaving(): void {
  const nl = window.CMS.getLocale?.('nl');
  const toolbar = nl?.['editor']?.['editorToolbar'];
  const toast = nl?.['ui']?.['toast'];
  if (!nl || !toolbar) return;
  Object.assign(toolbar, {
    publishing: 'Opslaan…',
    publish: 'Opslaan',
    published: 'Opgeslagen',
    publishNow: 'Nu opslaan',
    publishAndCreateNew: 'Opslaan en nieuw item',
    publishAndDuplicate: 'Opslaan en kopiëren',
  });
  if (toast) Object.assign(toast, { entryPublished: 'Opgeslagen', onFailToPersist: '%{details}' });
  window.CMS.registerLocale('nl', nl);
}

/**
 * Names for the few controls of Decap's own interface that have none (icon-only list buttons, the
 * preview frame), so a screen reader can tell what they do. Decap re-renders, so this keeps watching.
 */
function nameUnnamedControls(): void {
  const label = (element: Element | null | undefined, text: string) => {
    if (element && !element.getAttribute('aria-label') && !element.textContent?.trim()) element.setAttribute('aria-label', text);
  };
  const apply = () => {
    for (const frame of document.querySelectorAll('#preview-pane:not([title])')) frame.setAttribute('title', 'Voorvertoning van de pagina');
    for (const bar of document.querySelectorAll('[class*="StyledListItemTopBar"]')) {
      const buttons = bar.querySelectorAll(':scope > button');
      label(buttons[0], 'In- of uitklappen');
      if (buttons.length > 1) label(buttons[buttons.length - 1], 'Verwijderen');
      for (const handle of bar.querySelectorAll('[aria-roledescription="sortable"]')) label(handle, 'Verslepen om de volgorde te veranderen');
    }
  };
  new MutationObserver(apply).observe(document.body, { childList: true, subtree: true });
  apply();
}

async function start(): Promise<void> {
  relabelSaving();
  nameUnnamedControls();
  const config = (await (await fetch('/admin/config.yml')).json()) as { backend: { name: string }; collections: { name: string }[] };
  // On this computer (the proxy backend) there is nobody to log in as: skip Decap's login button.
  if (config.backend.name === 'proxy' && !localStorage.getItem('decap-cms-user')) {
    localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'proxy' }));
  }
  window.CMS.registerWidget('vg-counted', Counted);
  window.CMS.registerWidget('vg-datetime', AmsterdamTime);
  window.CMS.registerWidget('vg-evidence', Evidence);
  window.CMS.registerWidget('vg-markdown', Markdown);
  window.CMS.registerPreviewStyle('/admin/site.css');
  window.CMS.registerPreviewStyle('/admin/editor.css');
  for (const collection of config.collections) window.CMS.registerPreviewTemplate(collection.name, previewFor(collection.name));
  window.CMS.init({ config });
}

void start();
