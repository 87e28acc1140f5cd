import type { MailView } from './mail-view';

/** The plain-text part: the same content as the HTML part, one block per section. */
export function textPart(view: MailView): string {
  const line = (s: string) => s.replace(/[\x00-\x1f\x7f]+/g, ' ');
  const blocks: string[][] = [];
  if (view.domainName) blocks.push([line(view.domainName)]);
  blocks.push([`[${view.type}] ${line(view.title)}`.trimEnd(), ...(view.link ? [line(view.link)] : [])]);
  const body = 'contents' in view.body ? view.body.contents.split(/\r\n|\r|\n/) : view.body.lines;
  if (body.length) blocks.push(body.map((l) => l.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ')));
  if (view.tags.length) blocks.push(view.tags.map((t) => `${line(t.key)}: ${line(t.value)}`));
  if (view.imageUrl) blocks.push([`Image: ${line(view.imageUrl)}`]);
  if (view.callbacks.length) blocks.push(view.callbacks.map((c) => `${line(c.label)}: ${line(c.url)}`));
  const details = [
    ...(view.link ? [`View full details: ${line(view.link)}`] : []),
    ...(view.occurredAt ? [`Occurred at: ${line(view.occurredAt)}`] : []),
  ];
  if (details.length) blocks.push(details);
  blocks.push([
    '--',
    ...(view.domainName ? [`You received this email because of ${line(view.domainName)}'s notifications.`] : []),
    'Powered by Cloudforet: https://cloudforet.io',
  ]);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
