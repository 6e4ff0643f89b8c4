/**
 * A tiny element tree: the drawing code builds it once, and it becomes
 * either DOM nodes (interactive view, any document, jsdom included) or an
 * SVG string (static rendering in Node, no DOM at all). Text and attribute
 * values are escaped on serialization and set as text/attributes on the DOM,
 * so data is never parsed as markup.
 */

/** An attribute value; `undefined` and `false` leave the attribute out. */
export type AttributeValue = string | number | boolean | undefined;

/** An element of the tree. */
export interface ElementNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly TreeNode[];
}

/** An element or a text node. */
export type TreeNode = ElementNode | string;

/** The SVG namespace. */
export const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * Builds an element node. Numbers are rounded to two decimals so that the
 * output is stable and small.
 *
 * @example h('circle', { class: 'dt-mark', cx: 10.123, cy: 4, r: 6 })
 */
export function h(tag: string, attributes: Record<string, AttributeValue> = {}, ...children: (TreeNode | null | undefined | false | readonly TreeNode[])[]): ElementNode {
  const flat: TreeNode[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    // A loop, not push(...child): spreading 100,000 items as arguments overflows the stack.
    if (Array.isArray(child)) for (const node of child as readonly TreeNode[]) flat.push(node);
    else flat.push(child as TreeNode);
  }
  return { tag, attributes, children: flat };
}

/** Attribute text for a value: rounded numbers, `true` as an empty-free "true". */
export function attributeText(value: string | number | true): string {
  if (typeof value === 'number') return String(Math.round(value * 100) / 100);
  if (value === true) return 'true';
  return value;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML text content and attribute values. Strips characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    // A lone surrogate is no character at all: XML parsers reject it and UTF-8 cannot encode it.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (char) => escapes[char]!);
}

/** Serializes a tree to XML text. */
export function serializeTree(node: TreeNode): string {
  if (typeof node === 'string') return escapeXml(node);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${escapeXml(attributeText(value))}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  out += '>';
  for (const child of node.children) out += serializeTree(child);
  return `${out}</${node.tag}>`;
}

/** Sets a node's attributes on an element (values as attributes, never as markup). */
export function applyAttributes(element: Element, attributes: Readonly<Record<string, AttributeValue>>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) element.removeAttribute(name);
    else element.setAttribute(name, attributeText(value));
  }
}

/** Creates DOM nodes for a tree in a document, in the SVG namespace. */
export function createNode(document: Document, node: TreeNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElementNS(svgNamespace, node.tag);
  applyAttributes(element, node.attributes);
  for (const child of node.children) element.appendChild(createNode(document, child));
  return element;
}
