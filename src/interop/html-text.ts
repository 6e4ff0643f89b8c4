/**
 * Markup in and out of formats whose text fields are HTML (TimelineJS3
 * headlines and texts, vis-timeline item contents and tooltips).
 *
 * Our document holds plain text. On export, text is escaped so that a
 * viewer rendering it as HTML shows it verbatim; on import, markup is
 * reduced to text by a small scanner: no DOM, no parser runtime, no eval.
 * Tags are dropped (block-level ones become line breaks), the contents of
 * `script` and `style` are dropped with them, and character references
 * are decoded (numeric ones fully, named ones from a short list of those
 * news text actually uses; an unknown name is kept as written).
 */
import type { WarningLog } from './conversion.js';

/** Escapes text for a context that renders HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}

const htmlEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The result of reducing HTML to text. */
export interface HtmlText {
  readonly text: string;
  /** Whether tags or comments were removed (a loss worth a warning). */
  readonly hadMarkup: boolean;
}

const namedReferences: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  hellip: '\u2026', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3',
  laquo: '\u00ab', raquo: '\u00bb', middot: '\u00b7', bull: '\u2022', deg: '\u00b0', times: '\u00d7',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3', uacute: '\u00fa',
  iacute: '\u00ed', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4',
};

const blockTags = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'table', 'hr']);
const rawTextTags = new Set(['script', 'style']);

/** Decodes HTML character references in text (no tags are touched). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Invalid and surrogate code points become U+FFFD, as HTML parsers do.
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return String.fromCodePoint(valid ? code : 0xfffd);
    }
    return namedReferences[body] ?? whole;
  });
}

/**
 * Reduces HTML to plain text. A `<` that does not start a tag, a closing
 * tag or a comment is text, as in HTML itself.
 *
 * @example htmlToText('<p>Talks &amp; <b>dinner</b></p>') // { text: 'Talks & dinner', hadMarkup: true }
 */
export function htmlToText(html: string): HtmlText {
  let text = '';
  let hadMarkup = false;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) {
      text += html.slice(index);
      break;
    }
    text += html.slice(index, open);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      hadMarkup = true;
      index = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(open, open + 64));
    if (!tag) {
      text += '<';
      index = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    hadMarkup = true;
    if (close < 0) {
      // An unterminated tag runs to the end of the input, as in HTML.
      break;
    }
    const name = tag[2]!.toLowerCase();
    index = close + 1;
    if (tag[1] === '' && rawTextTags.has(name)) {
      const closing = new RegExp(`</${name}[^>]*>`, 'gi');
      closing.lastIndex = index;
      const end = closing.exec(html);
      index = end ? end.index + end[0].length : html.length;
      continue;
    }
    if (blockTags.has(name) && text !== '' && !text.endsWith('\n')) text += '\n';
  }
  return { text: decodeHtmlEntities(hadMarkup ? text.replace(/\n+$/, '') : text), hadMarkup };
}

/**
 * The plain text of an imported HTML field (undefined when it is not
 * text), with a warning naming the field when markup was dropped.
 */
export function plainText(html: unknown, field: string, eventId: string | undefined, warnings: WarningLog): string | undefined {
  if (typeof html !== 'string') return undefined;
  const { text, hadMarkup } = htmlToText(html);
  if (hadMarkup) warnings.add(eventId, field, 'HTML markup is dropped; the text is kept');
  return text;
}
