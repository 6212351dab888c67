// Copy buttons of reply snippets (src/components/ReplySnippet.astro). Progressive enhancement: the reply
// and its link are on the page as text; this script only reveals the buttons and the channel picker.
// One delegated listener serves every snippet on the page (one on an article, hundreds on /cm/).

const channelPicker = (): HTMLSelectElement | null => document.querySelector('[data-utm-select]');

/** The short link with the picked channel's UTM parameters, if any. */
function linkFor(base: string): string {
  const picker = channelPicker();
  if (!picker?.value) return base;
  const url = new URL(base);
  url.searchParams.set('utm_source', picker.value);
  url.searchParams.set('utm_medium', picker.dataset['utmMedium'] ?? 'webcare');
  return url.href;
}

function copyText(box: HTMLElement, what: string | undefined): string {
  const link = linkFor(box.dataset['link'] ?? '');
  const reply = box.querySelector('[data-reply-text]')?.textContent?.trim() ?? '';
  return what === 'link' || reply === '' ? link : `${reply} ${link}`;
}

/** Without clipboard access: show the text selected in a read-only field and ask for Ctrl+C. */
function showFallback(box: HTMLElement, text: string): void {
  const field = box.querySelector<HTMLTextAreaElement>('[data-copy-fallback]');
  if (!field) return;
  field.value = text;
  field.hidden = false;
  field.focus();
  field.select();
}

async function onClick(event: Event): Promise<void> {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy]');
  const box = button?.closest<HTMLElement>('[data-reply]');
  if (!button || !box) return;
  const text = copyText(box, button.dataset['copy']);
  const status = box.querySelector<HTMLElement>('[data-copy-status]');
  let message = box.dataset['copied'];
  try {
    await navigator.clipboard.writeText(text);
    box.querySelector<HTMLTextAreaElement>('[data-copy-fallback]')?.setAttribute('hidden', '');
  } catch {
    message = box.dataset['fallback'];
    showFallback(box, text);
  }
  // Cleared first so a second copy is announced again.
  if (status) {
    status.textContent = '';
    setTimeout(() => (status.textContent = message ?? ''), 50);
  }
}

function showLinks(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-reply]')) {
    const shown = box.querySelector('[data-reply-link]');
    if (shown) shown.textContent = linkFor(box.dataset['link'] ?? '');
  }
}

for (const hidden of document.querySelectorAll<HTMLElement>('[data-copy-controls]')) hidden.hidden = false;
document.addEventListener('click', (event) => void onClick(event));
channelPicker()?.addEventListener('change', showLinks);
showLinks();
