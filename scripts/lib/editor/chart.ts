// A small bar chart of weekly question counts as inline SVG, with a text alternative, and the channel
// names editors use, for the review queue and the evidence panel. Browser-safe: no DOM, no Node.
export type WeekCount = { week: string; count: number };

/** Channels as editors call them. */
export const CHANNEL_LABELS: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  email: 'e-mail',
  helpdesk: 'helpdesk',
  search: 'zoeken op de site',
  other: 'overig',
};

const WIDTH = 180;
const HEIGHT = 40;

export function weeklyChartSvg(weekly: readonly WeekCount[]): string {
  if (weekly.length === 0) return '';
  const max = Math.max(1, ...weekly.map((week) => week.count));
  const step = WIDTH / weekly.length;
  const bars = weekly
    .map((week, index) => {
      const height = Math.max(week.count > 0 ? 2 : 0, Math.round((week.count / max) * (HEIGHT - 2)));
      return `<rect x="${(index * step + 1).toFixed(1)}" y="${HEIGHT - height}" width="${Math.max(1, step - 2).toFixed(1)}" height="${height}"><title>${escapeHtml(week.week)}: ${week.count}</title></rect>`;
    })
    .join('');
  return `<svg class="vg-chart" role="img" aria-label="${escapeHtml(chartSummary(weekly))}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" fill="currentColor">${bars}</svg>`;
}

/** "12 weken: 3 tot 14 per week, laatste week 9" */
export function chartSummary(weekly: readonly WeekCount[]): string {
  if (weekly.length === 0) return 'geen weekcijfers';
  const counts = weekly.map((week) => week.count);
  const last = weekly.at(-1);
  return `Vragen per week, ${weekly.length} weken: ${Math.min(...counts)} tot ${Math.max(...counts)} per week, laatste week (${last?.week ?? ''}) ${last?.count ?? 0}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}
