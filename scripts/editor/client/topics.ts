// Browser side of the topics page (/onderwerpen): the search box of "Hoort bij …" filters the FAQ
// articles the page carries, and every decision form is sent as JSON to /api/editor/decisions (the
// editor server refuses other POSTs). After a decision the page reloads and says what happened.
// Bundled by esbuild when `veelgesteld editor` starts; imports only browser-safe project modules.
import { findArticles, type TargetArticle } from '../../lib/editor/topic-search.ts';

const MESSAGE_KEY = 'vg-topics-message';
const STATUS_LABELS: Record<string, string> = { draft: 'Concept', review: 'In review', published: 'Gepubliceerd' };

const articles = JSON.parse(document.getElementById('vg-articles')?.textContent ?? '[]') as TargetArticle[];

showPendingMessage();
for (const input of document.querySelectorAll<HTMLInputElement>('input.vg-search')) enableSearch(input);
for (const form of document.querySelectorAll<HTMLFormElement>('form.vg-decision')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(form);
  });
}

/** The outcome of the decision taken before the reload, in the page's status region, focused. */
function showPendingMessage(): void {
  const message = sessionStorage.getItem(MESSAGE_KEY);
  const region = document.getElementById('melding');
  if (!message || !region) return;
  sessionStorage.removeItem(MESSAGE_KEY);
  const paragraph = document.createElement('p');
  paragraph.textContent = message;
  region.replaceChildren(paragraph);
  region.focus();
}

function enableSearch(input: HTMLInputElement): void {
  const fieldset = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const list = fieldset?.querySelector<HTMLElement>('.vg-target-list');
  const status = fieldset?.querySelector<HTMLElement>('.vg-search-status');
  if (!fieldset || !list || !status) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = input.value.trim();
      if (query === '') return;
      const chosen = list.querySelector<HTMLInputElement>('input[name=target]:checked')?.value;
      const found = findArticles(articles, query, {
        lang: input.dataset['lang'] === 'en' ? 'en' : input.dataset['lang'] === 'nl' ? 'nl' : undefined,
        exclude: input.dataset['exclude'],
        limit: 8,
      });
      const kept = chosen && !found.some((article) => article.path === chosen) ? articles.filter((article) => article.path === chosen) : [];
      list.replaceChildren(...[...kept, ...found].map((article) => option(article, article.path === chosen)));
      status.textContent =
        found.length === 0 ? `Niets gevonden voor “${query}”.` : `${found.length} ${found.length === 1 ? 'artikel' : 'artikelen'} gevonden voor “${query}”.`;
    }, 150);
  });
  // Enter in the search box searches; it does not send the form.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
}

function option(article: TargetArticle, checked: boolean): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'vg-choice';
  const radio = document.createElement('input');
  Object.assign(radio, { type: 'radio', name: 'target', value: article.path, required: true, checked });
  const status = document.createElement('span');
  status.className = `vg-status vg-status-${article.status}`;
  status.textContent = STATUS_LABELS[article.status] ?? article.status;
  const path = document.createElement('code');
  path.textContent = article.path;
  label.append(radio, ` ${article.title} `, status, ' ', path);
  return label;
}

type Request = Record<string, unknown> & { kind: string };

/** The decision the form describes, or the Dutch reason it cannot be sent yet. */
function requestOf(form: HTMLFormElement): Request | string {
  const data = new FormData(form);
  const kind = form.dataset['kind'] ?? '';
  const groupId = form.dataset['group'] ?? '';
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const questions = data.getAll('questions').map(String);
  switch (kind) {
    case 'undo':
      return { kind, decisionId: form.dataset['decision'] ?? '' };
    case 'reject':
      if (!text('reason')) return 'Kies waarom dit geen artikel wordt.';
      return { kind, groupId, reason: text('reason'), ...(text('note') ? { note: text('note') } : {}) };
    case 'attach': {
      if (!text('target')) return 'Kies eerst het artikel waar deze vragen bij horen (zoek het op titel of vraag).';
      if (questions.length === 0) return 'Kies minstens één vraag.';
      const all = form.querySelectorAll('input[name=questions]').length;
      return { kind, groupId, target: text('target'), ...(questions.length < all ? { questions } : {}) };
    }
    case 'split':
      if (questions.length === 0) return 'Kies de vragen die een ander antwoord nodig hebben.';
      return { kind, groupId, questions, ...(text('title') ? { title: text('title') } : {}) };
    case 'create':
      if (!text('title')) return 'Typ de titel van het nieuwe concept.';
      return { kind, groupId, title: text('title') };
    default:
      return `Onbekende actie “${kind}”.`;
  }
}

async function submit(form: HTMLFormElement): Promise<void> {
  const status = form.querySelector<HTMLElement>('.vg-form-status');
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  const say = (message: string, isError: boolean) => {
    if (!status) return;
    status.textContent = message;
    status.classList.toggle('vg-error-text', isError);
  };
  const request = requestOf(form);
  if (typeof request === 'string') return say(request, true);
  if (button) button.disabled = true;
  say('Bezig…', false);
  try {
    const response = await fetch('/api/editor/decisions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    const answer = (await response.json().catch(() => ({}))) as { message?: string; error?: string };
    if (!response.ok) throw new Error(answer.error ?? `De redactie-server gaf status ${response.status}.`);
    sessionStorage.setItem(MESSAGE_KEY, answer.message ?? 'Opgeslagen.');
    history.replaceState(null, '', '/onderwerpen');
    location.reload();
  } catch (error) {
    say(error instanceof Error ? `Niet gelukt: ${error.message}` : 'Niet gelukt.', true);
    if (button) button.disabled = false;
  }
}
