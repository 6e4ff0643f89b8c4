/**
 * Hostile text for the hardening suites: the classic XSS filter-evasion
 * payloads (after the OWASP cheat sheet), a document that carries them in
 * every field that reaches the screen, and the checks that a rendered tree
 * holds none of their markup yet shows every one of them verbatim.
 *
 * Every payload that could run calls `alert`, so a browser test that fails
 * on any dialog catches each one that executes.
 */

/** Payloads for text fields: titles, summaries, quotes, names, roles, places. */
export const hostileTexts: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(2)>',
  '<script>alert(3)</script>',
  '"><script>alert(4)</script>',
  "'><img src=x onerror=alert(5)>",
  '" onmouseover="alert(6)" x="',
  "' onfocus='alert(7)' autofocus='",
  '<IMG SRC="jav&#x09;ascript:alert(8);">',
  '<ImG sRc=x OnErRoR=alert(9)>',
  '<a href="javascript:alert(10)">click</a>',
  '<iframe src="javascript:alert(11)"></iframe>',
  '<iframe srcdoc="&lt;script&gt;alert(12)&lt;/script&gt;"></iframe>',
  '<div style="width: expression(alert(13))">css</div>',
  '<div style="background:url(javascript:alert(14))">css</div>',
  '<style>@import "javascript:alert(15)";</style>',
  'expression(alert(16))',
  'url("javascript:alert(17)")',
  '</text><script>alert(18)</script><text>',
  '</title><script>alert(19)</script>',
  ']]><script>alert(20)</script><![CDATA[',
  '<!--<script>alert(21)</script>-->',
  '<svg><animate onbegin=alert(22) attributeName=x dur=1s>',
  '<svg><foreignObject><body onload=alert(23)></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(24)>',
  '<details open ontoggle=alert(25)>',
  '<body onload=alert(26)>',
  '<input autofocus onfocus=alert(27)>',
  '<object data="javascript:alert(28)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgyOSk8L3NjcmlwdD4=">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(30)">',
  '<base href="javascript:alert(31)//">',
  '<form action="javascript:alert(32)"><button>go</button></form>',
  '&lt;img src=x onerror=alert(33)&gt;',
  '&#60;script&#62;alert(34)&#60;/script&#62;',
  '\\u003cscript\\u003ealert(35)\\u003c/script\\u003e',
  '%3Cscript%3Ealert(36)%3C%2Fscript%3E',
  '{{constructor.constructor("alert(37)")()}}',
  '${alert(38)}',
  '<scr<script>ipt>alert(39)</scr</script>ipt>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(40)">x</a>',
  'javascript:alert(41)',
  'data:text/html,<script>alert(42)</script>',
  '<svg><use href="data:image/svg+xml,&lt;svg id=x onload=alert(43)&gt;#x"/></svg>',
  '<xmp><p title="</xmp><img src=x onerror=alert(44)>">',
  '\u202e<script>alert(45)</script>\u202c & < > " \' `',
];

/**
 * Payloads for source URLs. None of them is an http(s) URL, so none may
 * become a link (or any other attribute value that navigates).
 */
export const hostileUrls: readonly string[] = [
  'javascript:alert(101)',
  'JaVaScRiPt:alert(102)',
  'javascript:/*--></title></style></textarea></script><svg/onload=alert(103)>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMDQpPC9zY3JpcHQ+',
  'data:text/html,<script>alert(105)</script>',
  'vbscript:msgbox(106)',
  'file:///etc/passwd',
  'ftp://example.org/file',
  'mailto:someone@example.org?body=<script>alert(109)</script>',
  'blob:https://example.org/0000',
];

/**
 * http(s) URLs that carry markup in their query or fragment: they may become
 * links (their scheme is safe) but their text must not break out.
 */
export const linkableUrls: readonly string[] = [
  'https://example.org/?q="><script>alert(201)</script>',
  "http://example.org/#'><img src=x onerror=alert(202)>",
  'HTTPS://EXAMPLE.ORG/upper-case-scheme',
];

/** Values for the custom element's attributes (each must be ignored or rejected as a value, never run). */
export const hostileAttributeValues: readonly string[] = [
  '"><img src=x onerror=alert(301)>',
  'javascript:alert(302)',
  "' onload='alert(303)",
  '<svg onload=alert(304)>',
  'expression(alert(305))',
  'url(javascript:alert(306))',
  'dark;background:url(javascript:alert(307))',
];

/**
 * The elements the library itself writes (HTML and SVG). Anything else in
 * rendered output (a `<script>`, an `<img>`, a `<scr<script>` that only a
 * markup parser could produce) came from the data.
 */
export const libraryElements: ReadonlySet<string> = new Set([
  // HTML
  'div', 'span', 'p', 'button', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption',
  'blockquote', 'a', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'strong', 'em', 'small', 'abbr',
  'time', 'section', 'header', 'footer', 'nav', 'label', 'style', 'q', 'cite', 'br', 'b', 'i', 'details-panel',
  // SVG
  'svg', 'g', 'rect', 'line', 'path', 'circle', 'ellipse', 'polygon', 'polyline', 'text', 'tspan', 'title', 'desc',
  'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'marker', 'pattern', 'mask', 'symbol',
]);

/** Elements that, if present, are named in the finding as plainly dangerous. */
export const dangerousElements: ReadonlySet<string> = new Set([
  'script', 'img', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'foreignobject', 'animate', 'set',
  'animatetransform', 'animatemotion', 'math', 'details', 'xmp', 'body', 'audio', 'video', 'source', 'frame',
  'frameset', 'applet', 'marquee', 'template', 'noscript', 'mglyph', 'use', 'input', 'textarea', 'select',
]);

/** An attribute name a program writes; a name with `(`, `"`, `<` … came from a broken-out attribute value. */
const wellFormedAttributeName = /^[A-Za-z_][\w:.-]*$/;

/** Attributes that may hold a URL; only http(s) (or in-document `#fragment`) values are allowed. */
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'srcdoc']);

/** What a scan of a rendered tree found wrong. */
export interface MarkupFinding {
  readonly path: string;
  readonly problem: string;
}

function describeNode(element: Element): string {
  const id = element.getAttribute('id');
  const className = element.getAttribute('class');
  return `${element.tagName.toLowerCase()}${id ? `#${id}` : ''}${className ? `.${className.split(/\s+/).join('.')}` : ''}`;
}

/** Whether a URL attribute value is one the library may write: http(s) or a same-document fragment. */
export function isSafeUrl(value: string): boolean {
  if (value.startsWith('#')) return true;
  return /^https?:\/\//i.test(value) && /^https?:$/i.test(new URL(value).protocol);
}

/**
 * Scans a rendered tree (any DOM-like root: a container, a document, a parsed
 * SVG) for anything data could have injected: forbidden elements, event
 * handler attributes, URL attributes that are not http(s), inline styles
 * that carry script or external resources. Returns every finding. With
 * `pageOwnsRoot`, the root's own attributes are not checked (a custom
 * element's `src`, written by the page).
 */
export function findInjectedMarkup(root: Element | Document, options: { readonly pageOwnsRoot?: boolean } = {}): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  // A custom element's own attributes (its src) are the page's, not data.
  // Duck-typed, so that a document parsed by a JSDOM instance in Node (no global Element) works too.
  const isElement = root.nodeType === 1;
  const own = isElement && !options.pageOwnsRoot ? [root as Element] : [];
  const elements = [...own, ...root.querySelectorAll('*')];
  for (const element of elements) {
    // The page's own document element, head and body are not data.
    const page = element.ownerDocument;
    const html = element.namespaceURI === 'http://www.w3.org/1999/xhtml';
    if (html && (element === page.documentElement || element === page.head || element === page.body)) continue;
    const path = describeNode(element);
    const tag = element.localName.toLowerCase();
    if (dangerousElements.has(tag)) findings.push({ path, problem: `<${tag}> element` });
    else if (!libraryElements.has(tag) && !(element === root && options.pageOwnsRoot)) findings.push({ path, problem: `unexpected <${tag}> element` });
    // The library's own stylesheet may be a <style> element; data must never reach one.
    if (tag === 'style' && /alert\(|javascript:|expression\(/i.test(element.textContent)) {
      findings.push({ path, problem: 'a <style> element holds text from the data' });
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (!wellFormedAttributeName.test(name)) findings.push({ path, problem: `malformed attribute name ${name}` });
      if (name.startsWith('on')) findings.push({ path, problem: `event handler attribute ${name}="${value}"` });
      if (urlAttributes.has(name) && !isSafeUrl(value)) findings.push({ path, problem: `${name}="${value}" is not an http(s) URL` });
      if (name === 'style' && /expression|url\s*\(|javascript|@import|behavior/i.test(value)) {
        findings.push({ path, problem: `style="${value}" carries script or a resource` });
      }
    }
    // A link must be http(s) and must not leak the opener or the referrer.
    if (tag === 'a' && element.hasAttribute('href')) {
      const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
        findings.push({ path, problem: `link without rel="noopener noreferrer" (rel="${element.getAttribute('rel') ?? ''}")` });
      }
    }
  }
  return findings;
}

/** The fields a hostile document fills, named for the failure messages. */
export type HostileField =
  | 'document title' | 'event title' | 'event summary' | 'evidence quote' | 'actor name' | 'actor role'
  | 'participant role' | 'place name' | 'source title' | 'source publisher';

/** A hostile document and where each payload went. */
export interface HostileDocument {
  readonly document: Record<string, unknown>;
  /** Each text placed in the document, with its field and the id of the event that shows it. */
  readonly placed: readonly { readonly field: HostileField; readonly text: string; readonly event: string }[];
  /** Event ids whose evidence cites a source with a hostile (non-http) URL, by URL. */
  readonly unsafeUrlEvents: readonly { readonly url: string; readonly event: string; readonly source: string }[];
  /** Event ids whose evidence cites a source with an http(s) URL, by URL. */
  readonly linkUrlEvents: readonly { readonly url: string; readonly event: string; readonly source: string }[];
}

/**
 * Builds a valid document that carries `texts` through every field that
 * reaches the screen, one event per payload (the payload is its title, and
 * also, tagged by field, its summary, quote, place and the names and roles of
 * its own actors), plus one source per URL payload, cited by an event.
 *
 * Actor names and lane labels: each event gets its own state, named with the
 * payload, so with lanes by actor the payload is also a lane label.
 */
export function hostileDocument(
  texts: readonly string[] = hostileTexts,
  unsafeUrls: readonly string[] = hostileUrls,
  linkUrls: readonly string[] = linkableUrls,
): HostileDocument {
  const placed: { field: HostileField; text: string; event: string }[] = [];
  const sources: Record<string, unknown>[] = [];
  const actors: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const unsafeUrlEvents: { url: string; event: string; source: string }[] = [];
  const linkUrlEvents: { url: string; event: string; source: string }[] = [];
  sources.push({ id: 'src-main', title: `Main source ${texts[0] ?? ''}`, publisher: `Publisher ${texts[1] ?? ''}`, published: '2023-07-14' });
  placed.push({ field: 'source title', text: `Main source ${texts[0] ?? ''}`, event: 'ev-0' });
  placed.push({ field: 'source publisher', text: `Publisher ${texts[1] ?? ''}`, event: 'ev-0' });
  texts.forEach((text, i) => {
    const id = `ev-${i}`;
    const state = `st-${i}`;
    const person = `pp-${i}`;
    // Days spread over three months so labels do not all collide.
    const day = 1 + (i % 28);
    const month = 5 + (i % 3);
    const when = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const fields = {
      title: text,
      summary: `summary ${i}: ${text}`,
      quote: `quote ${i}: ${text}`,
      place: `place ${i}: ${text}`,
      actorName: `state ${i}: ${text}`,
      personName: `person ${i}: ${text}`,
      actorRole: `office ${i}: ${text}`,
      participantRole: `part ${i}: ${text}`,
    };
    actors.push({ id: state, name: fields.actorName, kind: 'state' });
    actors.push({ id: person, name: fields.personName, kind: 'person', affiliation: state, role: fields.actorRole });
    events.push({
      id,
      title: fields.title,
      summary: fields.summary,
      kind: 'talks',
      when,
      status: 'occurred',
      participants: [{ actor: person, role: fields.participantRole }, { actor: state }],
      place: { name: fields.place },
      evidence: [{ source: 'src-main', quote: fields.quote }],
    });
    placed.push(
      { field: 'event title', text: fields.title, event: id },
      { field: 'event summary', text: fields.summary, event: id },
      { field: 'evidence quote', text: fields.quote, event: id },
      { field: 'place name', text: fields.place, event: id },
      { field: 'actor name', text: fields.actorName, event: id },
      { field: 'actor name', text: fields.personName, event: id },
      { field: 'actor role', text: fields.actorRole, event: id },
      { field: 'participant role', text: fields.participantRole, event: id },
    );
  });
  const urlEvent = (url: string, i: number, prefix: string, list: { url: string; event: string; source: string }[]): void => {
    const source = `${prefix}-src-${i}`;
    const event = `${prefix}-ev-${i}`;
    sources.push({ id: source, title: `${prefix} source ${i}`, url });
    events.push({
      id: event, title: `${prefix} link ${i}`, kind: 'statement', when: `2023-08-${String(1 + (i % 28)).padStart(2, '0')}`,
      status: 'occurred', evidence: [{ source, quote: `${prefix} quote ${i}` }],
    });
    list.push({ url, event, source });
  };
  unsafeUrls.forEach((url, i) => { urlEvent(url, i, 'bad', unsafeUrlEvents); });
  linkUrls.forEach((url, i) => { urlEvent(url, i, 'web', linkUrlEvents); });
  return {
    document: { title: `Hostile ${texts[2] ?? ''}`, sources, actors, events },
    placed,
    unsafeUrlEvents,
    linkUrlEvents,
  };
}

/**
 * Hostile texts with markup characters escaped, as they must appear in XML
 * source (SVG output): the raw payload must never appear there, its escaped
 * form must.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
