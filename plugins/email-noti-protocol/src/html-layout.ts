import { html, type SafeHtml } from './html';
import { hrefOf, type MailView } from './mail-view';

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const PURPLE = '#6638b5';
const BUTTON = '#3C2C84';
const GREY = '#858895';

/**
 * The HTML part: upstream's layout in a table of inline styles, as mail clients need. A
 * purple domain header, the `[TYPE] title` box with the type's colour as left border and
 * tint, the description with its line breaks, the tags as key/value rows, the image, one
 * button per callback, a "View full details" link, the time, and the footer. Every user
 * value goes through the `html` tag, so it is escaped exactly once.
 */
export function htmlPart(view: MailView): string {
  const page = html`<!DOCTYPE html>
    <html>
      <head>
        <meta charset="UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${view.title}</title>
      </head>
      <body style="margin:0;padding:0;background-color:#F8F8FC;">
        <table
          role="presentation"
          width="100%"
          cellpadding="0"
          cellspacing="0"
          border="0"
          style="background-color:#F8F8FC;padding:40px 0;"
        >
          <tr>
            <td align="center">
              <table
                role="presentation"
                width="800"
                cellpadding="0"
                cellspacing="0"
                border="0"
                style="width:800px;max-width:100%;background:#ffffff;${FONT}font-size:14px;line-height:1.7;color:#222532;"
              >
                ${view.domainName ? domainHeader(view.domainName) : ''}
                <tr>
                  <td style="padding:16px 24px;">${titleBox(view)}</td>
                </tr>
                ${view.tags.length ? tagRows(view.tags) : ''}
                ${view.imageUrl && hrefOf(view.imageUrl) ? image(view.imageUrl) : ''}
                ${view.callbacks.length ? buttons(view.callbacks) : ''} ${details(view)} ${footer(view.domainName)}
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `;
  return page.value;
}

function domainHeader(domainName: string): SafeHtml {
  return html`<tr>
    <td style="padding:15px 25px 5px 25px;border-bottom:1px solid #E5E5E8;">
      <span style="font-size:26px;font-weight:bold;color:${PURPLE};">${domainName}</span>
    </td>
  </tr>`;
}

function titleBox(view: MailView): SafeHtml {
  const href = view.link && hrefOf(view.link);
  const title = html`<span>[${view.type}]</span> ${view.title}`;
  const heading = href
    ? html`<a href="${href}" target="_blank" style="color:#222532;text-decoration:none;">${title}</a>`
    : title;
  const body =
    'contents' in view.body
      ? html`<p style="line-height:1.5;white-space:pre-wrap;">${view.body.contents}</p>`
      : view.body.lines.length
        ? html`<p style="line-height:1.5;">${view.body.lines.map((l, i) => html`${i ? html`<br />` : ''}${l}`)}</p>`
        : '';
  return html`<div
    style="border-left:4px solid rgb(${view.color});padding:16px;background-color:rgba(${view.color},0.07);border-radius:4px;"
  >
    <h2 style="margin:0;font-size:18px;line-height:1.7;font-weight:bold;">${heading}</h2>
    ${body}
  </div>`;
}

function tagRows(tags: MailView['tags']): SafeHtml {
  const rows = tags.map(
    (t) =>
      html`<tr>
        <td style="padding:4px 0;width:30%;vertical-align:top;color:${GREY};">${t.key}</td>
        <td style="padding:4px 0;vertical-align:top;">${t.value}</td>
      </tr>`,
  );
  return html`<tr>
    <td style="padding:0 24px 16px 24px;">
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
        ${rows}
      </table>
    </td>
  </tr>`;
}

function image(url: string): SafeHtml {
  return html`<tr>
    <td style="padding:0 24px 16px 24px;"><img src="${url}" alt="Notification image" style="max-width:100%;" /></td>
  </tr>`;
}

function buttons(callbacks: MailView['callbacks']): SafeHtml {
  const each = callbacks.map((c) => {
    const href = hrefOf(c.url);
    const style = `display:inline-block;margin:0 8px 8px 0;padding:8px 16px;border-radius:4px;background-color:${BUTTON};color:#ffffff;text-decoration:none;font-weight:bold;`;
    return href
      ? html`<a href="${href}" target="_blank" style="${style}">${c.label}</a>`
      : html`<span style="${style}">${c.label}: ${c.url}</span>`;
  });
  return html`<tr>
    <td style="padding:0 24px 16px 24px;">${each}</td>
  </tr>`;
}

function details(view: MailView): SafeHtml | '' {
  const href = view.link && hrefOf(view.link);
  if (!view.link && !view.occurredAt) return '';
  const link = view.link
    ? href
      ? html`<a href="${href}" target="_blank" style="color:${PURPLE};">View full details</a>`
      : html`View full details: ${view.link}`
    : '';
  const time = view.occurredAt ? html`<div style="color:${GREY};">${view.occurredAt}</div>` : '';
  return html`<tr>
    <td style="padding:0 24px 16px 24px;">${link}${time}</td>
  </tr>`;
}

function footer(domainName: string | undefined): SafeHtml {
  const why = domainName ? html`You received this email because of ${domainName}'s notifications.<br />` : '';
  return html`<tr>
    <td style="padding:16px 24px;border-top:1px solid #E5E5E8;font-size:12px;color:${GREY};">
      ${why}Powered by <a href="https://cloudforet.io" target="_blank" style="color:${GREY};">Cloudforet</a>
    </td>
  </tr>`;
}
