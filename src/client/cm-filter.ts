// The filter box of /cm/: hides the items whose text does not contain every typed word. Items carry
// their searchable text, already lower-cased and without accents, in data-search.

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function apply(input: HTMLInputElement, items: HTMLElement[], status: HTMLElement | null): void {
  const words = fold(input.value).split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const item of items) {
    const text = item.dataset['search'] ?? '';
    const match = words.every((word) => text.includes(word));
    item.hidden = !match;
    if (match) shown += 1;
  }
  if (status) {
    const template = shown === 0 ? status.dataset['none'] : status.dataset['shown'];
    status.textContent = (template ?? '').replace('{count}', String(shown)).replace('{total}', String(items.length));
  }
}

const input = document.querySelector<HTMLInputElement>('[data-cm-filter]');
if (input) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-cm-item]')];
  const status = document.querySelector<HTMLElement>('[data-cm-status]');
  input.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  input.addEventListener('input', () => apply(input, items, status));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    input.value = '';
    apply(input, items, status);
  });
  if (input.value) apply(input, items, status);
}
