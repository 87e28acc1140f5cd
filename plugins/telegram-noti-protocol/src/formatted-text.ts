/** A run of text with the one format it has in Telegram's HTML (upstream uses bold, links and pre only). */
export interface Span {
  text: string;
  bold?: boolean;
  pre?: boolean;
  link?: string;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text once for Telegram's HTML: `&`, `<`, `>` and `"` (the only entities it decodes by name). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c]);
}

/** The spans in Telegram's HTML parse mode: each span's tags open and close inside it. */
export function renderHtml(spans: readonly Span[]): string {
  return spans
    .map((span) => {
      let html = escapeHtml(span.text);
      if (span.pre) html = `<pre>${html}</pre>`;
      if (span.link !== undefined) html = `<a href="${escapeHtml(span.link)}">${html}</a>`;
      if (span.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

/** What a chat shows of the spans: the text without its formatting (the plain-text fallback). */
export function plainText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}
