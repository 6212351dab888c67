// <vg-search>: search as you type. The engine and the index load on first focus or input, so pages
// pay nothing until someone searches. Without JavaScript the form submits to the search page.
import { fillTemplate, highlightSegments } from '../lib/highlight.ts';
import type { Searcher, SearchHit } from '../lib/search/index.ts';

const LIMIT = 10;

class SiteSearch extends HTMLElement {
  #searcher: Promise<Searcher> | undefined;
  #input!: HTMLInputElement;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #empty: HTMLElement | null = null;
  #request = 0;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#empty = this.querySelector('[data-empty]');

    this.#input.addEventListener('focus', () => void this.#load(), { once: true });
    this.#input.addEventListener('input', () => void this.#update());
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#results.addEventListener('keydown', (event) => this.#onResultsKey(event));
    this.#form.addEventListener('submit', (event) => this.#onSubmit(event));

    const query = new URLSearchParams(location.search).get('q');
    if (query && this.#isSearchPage()) {
      this.#input.value = query;
      void this.#update();
    }
  }

  #isSearchPage(): boolean {
    return new URL(this.#form.action, location.href).pathname === location.pathname;
  }

  #load(): Promise<Searcher> {
    this.#searcher ??= Promise.all([
      import('../lib/search/index.ts'),
      fetch(this.dataset['index']!).then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json();
      }),
    ]).then(([engine, index]) => engine.createSearcher(index));
    return this.#searcher;
  }

  async #update(): Promise<void> {
    const request = ++this.#request;
    const query = this.#input.value.trim();
    if (!query) return this.#show([], '');
    try {
      const hits = (await this.#load()).search(query, LIMIT);
      if (request === this.#request) this.#show(hits, query);
    } catch {
      this.#searcher = undefined;
      this.#status.textContent = this.dataset['error'] ?? '';
    }
  }

  #show(hits: SearchHit[], query: string): void {
    this.#results.replaceChildren(...hits.map((hit) => this.#resultItem(hit)));
    this.#results.hidden = hits.length === 0;
    if (this.#empty) this.#empty.hidden = hits.length > 0;
    const template = hits.length === 0 ? 'resultsNone' : hits.length === 1 ? 'resultsOne' : 'resultsMany';
    this.#status.textContent = query ? fillTemplate(this.dataset[template] ?? '', { count: hits.length, query }) : '';
    if (this.#isSearchPage()) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
  }

  #resultItem(hit: SearchHit): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hit.url;
    const title = document.createElement('span');
    title.className = 'result-title';
    for (const segment of highlightSegments(hit.title, hit.titleMatches)) {
      if (segment.mark) {
        const mark = document.createElement('mark');
        mark.textContent = segment.text;
        title.append(mark);
      } else title.append(segment.text);
    }
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    meta.textContent = `${hit.category} · ${hit.description}`;
    link.append(title, meta);
    item.append(link);
    return item;
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll('a')];
  }

  #onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && this.#links().length) {
      event.preventDefault();
      this.#links()[0]!.focus();
    } else if (event.key === 'Escape' && this.#input.value) {
      event.preventDefault();
      this.#input.value = '';
      void this.#update();
    }
  }

  #onResultsKey(event: KeyboardEvent): void {
    const links = this.#links();
    const position = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (position < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = position + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.#input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#input.focus();
    }
  }

  /** On the search page Enter keeps you there (results are live); elsewhere it opens the search page. */
  #onSubmit(event: SubmitEvent): void {
    if (!this.#isSearchPage()) return;
    event.preventDefault();
    void this.#update().then(() => this.#links()[0]?.focus());
  }
}

customElements.define('vg-search', SiteSearch);
