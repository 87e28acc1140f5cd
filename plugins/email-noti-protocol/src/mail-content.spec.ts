import { markup } from './html';
import { mailContent } from './mail-content';

const message = {
  title: 'Disk <full> & "hot"',
  description: 'line one\nline <two> & more\r\nline three',
  link: 'https://console.example.com/alerts/7?a=1&b=2',
  tags: [
    { key: 'Project', value: 'web & api' },
    { key: 'Size', value: 58 },
    { key: 'Empty', value: null },
  ],
  callbacks: [
    { label: 'Acknowledge Alerts', url: 'https://console.example.com/ack/7' },
    { label: 'Run <script>', url: 'javascript:alert(1)' },
  ],
  image_url: 'https://img.example.com/disk.png',
  occurred_at: '2026-11-23T15:04:00Z',
  domain_name: 'acme',
};

describe('mailContent', () => {
  const { subject, html: page, text } = mailContent(message, 'ERROR');

  it('uses the title as the subject', () => {
    expect(subject).toBe('Disk <full> & "hot"');
    expect(mailContent({ title: 'a\r\nBcc: x@example.com\tb' }, 'INFO').subject).toBe('a Bcc: x@example.com b');
  });

  it('escapes user text exactly once, everywhere in the HTML part', () => {
    expect(page).toContain('<span>[ERROR]</span> Disk &lt;full&gt; &amp; &quot;hot&quot;');
    expect(page).toContain('>web &amp; api<');
    expect(page).toContain('href="https://console.example.com/alerts/7?a=1&amp;b=2"');
    expect(page).not.toMatch(/&amp;(amp|lt|gt|quot|#39);/);
    expect(page).not.toContain('<full>');
    expect(page).not.toContain('<two>');
  });

  it('renders the description line breaks as <br/> elements, never as text', () => {
    expect(page).toContain('line one<br/>line &lt;two&gt; &amp; more<br/>line three');
    expect(page).not.toContain('&lt;br/&gt;');
  });

  it('shows every tag, every callback as a button, the image, the link and the time, in the type colour', () => {
    for (const cell of ['>Project<', '>Size<', '>58<', '>Empty<']) expect(page).toContain(cell);
    expect(page).toContain('<a href="https://console.example.com/ack/7" target="_blank"');
    expect(page).toContain('>Acknowledge Alerts</a>');
    // A callback that is not http(s) is shown, not linked.
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('Run &lt;script&gt;: javascript:alert(1)');
    expect(page).toContain('<img src="https://img.example.com/disk.png"');
    expect(page).toContain('>View full details</a>');
    expect(page).toContain('November 23, 2026 15:04 PM (UTC)');
    expect(page).toContain('border-left:4px solid rgb(255,106,106)');
    expect(page).toContain('background-color:rgba(255,106,106,0.07)');
    expect(page).toContain('>acme</span>');
    expect(page).toContain("You received this email because of acme's notifications.");
  });

  it('gives the plain-text part the same content, unescaped', () => {
    expect(text).toBe(
      [
        'acme',
        '',
        '[ERROR] Disk <full> & "hot"',
        'https://console.example.com/alerts/7?a=1&b=2',
        '',
        'line one',
        'line <two> & more',
        'line three',
        '',
        'Project: web & api',
        'Size: 58',
        'Empty: ',
        '',
        'Image: https://img.example.com/disk.png',
        '',
        'Acknowledge Alerts: https://console.example.com/ack/7',
        'Run <script>: javascript:alert(1)',
        '',
        'View full details: https://console.example.com/alerts/7?a=1&b=2',
        'Occurred at: November 23, 2026 15:04 PM (UTC)',
        '',
        '--',
        "You received this email because of acme's notifications.",
        'Powered by Cloudforet: https://cloudforet.io',
        '',
      ].join('\n'),
    );
  });

  it('colours each type as upstream', () => {
    const colour = (type: 'INFO' | 'SUCCESS' | 'WARNING') =>
      /rgb\((\d+,\d+,\d+)\)/.exec(mailContent({ title: 't' }, type).html)?.[1];
    expect([colour('INFO'), colour('SUCCESS'), colour('WARNING')]).toEqual(['167,169,178', '96,183,49', '255,206,2']);
  });

  it('content_type HTML shows contents as text instead of the description, tags and image', () => {
    const withContents = mailContent({ ...message, content_type: 'HTML', contents: '<h1>Report</h1>' }, 'INFO');
    expect(withContents.html).toContain('&lt;h1&gt;Report&lt;/h1&gt;');
    expect(withContents.html).not.toContain('line one');
    expect(withContents.html).not.toContain('>Project<');
    expect(withContents.html).not.toContain('<img');
    expect(withContents.html).toContain('>Acknowledge Alerts</a>');
    expect(withContents.text).toContain('<h1>Report</h1>');
  });

  it('leaves out what the message does not have', () => {
    const bare = mailContent({ title: 'Only a title' }, 'SUCCESS');
    expect(bare.html).not.toContain('<img');
    expect(bare.html).not.toContain('View full details');
    expect(bare.html).not.toContain('You received this email');
    expect(bare.text).toBe('[SUCCESS] Only a title\n\n--\nPowered by Cloudforet: https://cloudforet.io\n');
  });
});

describe('markup', () => {
  it('escapes text, keeps nested templates, joins arrays and drops null/false', () => {
    const inner = markup`<b>${'<i>'}</b>`;
    expect(markup`<p>${inner}${['a&', markup`<br/>`]}${null}${false}${undefined}${0}</p>`.value).toBe(
      '<p><b>&lt;i&gt;</b>a&amp;<br/>0</p>',
    );
  });
});
