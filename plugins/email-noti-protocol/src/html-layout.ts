import { markup, type SafeHtml } from './html';
import { hrefOf, type MailView } from './mail-view';

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const PURPLE = '#6638b5';
const BUTTON = '#3C2C84';
const GREY = '#858895';
const CELL = 'padding:0 24px 16px 24px;';

/**
 * The HTML part: upstream's layout in a table of inline styles, as mail clients need. A
 * purple domain header, the `[TYPE] title` box with the type's colour as left border and
 * tint, the description with its line breaks, the tags as key/value rows, the image, one
 * button per callback, a "View full details" link, the time, and the footer. Every user
 * value goes through the `markup` tag, so it is escaped exactly once.
 */
export function htmlPart(view: MailView): string {
  const rows = [
    view.domainName ? domainHeader(view.domainName) : '',
    markup`<tr><td style="padding:16px 24px;">${titleBox(view)}</td></tr>`,
    view.tags.length ? tagRows(view.tags) : '',
    view.imageUrl && hrefOf(view.imageUrl) ? image(view.imageUrl) : '',
    view.callbacks.length ? buttons(view.callbacks) : '',
    details(view),
    footer(view.domainName),
  ];
  return markup`<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
</head>
<body style="margin:0;padding:0;background-color:#F8F8FC;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#F8F8FC;padding:40px 0;">
<tr><td align="center">
<table role="presentation" width="800" cellpadding="0" cellspacing="0" border="0" style="width:800px;max-width:100%;background:#ffffff;${FONT}font-size:14px;line-height:1.7;color:#222532;">
${rows.filter(Boolean).map((row) => markup`${row}\n`)}</table>
</td></tr>
</table>
</body>
</html>
`.value;
}

function domainHeader(domainName: string): SafeHtml {
  const style = `font-size:26px;font-weight:bold;color:${PURPLE};`;
  return markup`<tr><td style="padding:15px 25px 5px 25px;border-bottom:1px solid #E5E5E8;"><span style="${style}">${domainName}</span></td></tr>`;
}

function titleBox(view: MailView): SafeHtml {
  const href = view.link && hrefOf(view.link);
  const title = markup`<span>[${view.type}]</span> ${view.title}`;
  const heading = href
    ? markup`<a href="${href}" target="_blank" style="color:#222532;text-decoration:none;">${title}</a>`
    : title;
  const lines = 'lines' in view.body ? view.body.lines : [];
  const body =
    'contents' in view.body
      ? markup`<p style="line-height:1.5;white-space:pre-wrap;">${view.body.contents}</p>`
      : lines.length
        ? markup`<p style="line-height:1.5;">${lines.map((line, i) => markup`${i ? markup`<br/>` : ''}${line}`)}</p>`
        : '';
  const box = `border-left:4px solid rgb(${view.color});padding:16px;background-color:rgba(${view.color},0.07);border-radius:4px;`;
  return markup`<div style="${box}">
<h2 style="margin:0;font-size:18px;line-height:1.7;font-weight:bold;">${heading}</h2>
${body}</div>`;
}

function tagRows(tags: MailView['tags']): SafeHtml {
  const key = `padding:4px 0;width:30%;vertical-align:top;color:${GREY};`;
  const rows = tags.map(
    (t) =>
      markup`<tr><td style="${key}">${t.key}</td><td style="padding:4px 0;vertical-align:top;">${t.value}</td></tr>\n`,
  );
  return markup`<tr><td style="${CELL}"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${rows}</table></td></tr>`;
}

function image(url: string): SafeHtml {
  return markup`<tr><td style="${CELL}"><img src="${url}" alt="Notification image" style="max-width:100%;"></td></tr>`;
}

function buttons(callbacks: MailView['callbacks']): SafeHtml {
  const style = `display:inline-block;margin:0 8px 8px 0;padding:8px 16px;border-radius:4px;background-color:${BUTTON};color:#ffffff;text-decoration:none;font-weight:bold;`;
  const each = callbacks.map((c) => {
    const href = hrefOf(c.url);
    // A URL that is not http(s) or mailto is shown, not linked.
    return href
      ? markup`<a href="${href}" target="_blank" style="${style}">${c.label}</a>`
      : markup`<span style="${style}">${c.label}: ${c.url}</span>`;
  });
  return markup`<tr><td style="${CELL}">${each}</td></tr>`;
}

function details(view: MailView): SafeHtml | '' {
  if (!view.link && !view.occurredAt) return '';
  const href = view.link && hrefOf(view.link);
  const link = !view.link
    ? ''
    : href
      ? markup`<a href="${href}" target="_blank" style="color:${PURPLE};">View full details</a>`
      : markup`View full details: ${view.link}`;
  const time = view.occurredAt ? markup`<div style="color:${GREY};">${view.occurredAt}</div>` : '';
  return markup`<tr><td style="${CELL}">${link}${time}</td></tr>`;
}

function footer(domainName: string | undefined): SafeHtml {
  const why = domainName ? markup`You received this email because of ${domainName}'s notifications.<br/>` : '';
  const style = `padding:16px 24px;border-top:1px solid #E5E5E8;font-size:12px;color:${GREY};`;
  return markup`<tr><td style="${style}">${why}Powered by <a href="https://cloudforet.io" target="_blank" style="color:${GREY};">Cloudforet</a></td></tr>`;
}
