/** A small element tree of one feature, built while streaming; names are local (prefix removed). */
export type XmlNode = {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
};

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  for (const each of node.children) if (each.name === name) return each;
  return undefined;
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((each) => each.name === name);
}

/** The first element of this name anywhere below the node (depth first). */
export function descendant(node: XmlNode, name: string): XmlNode | undefined {
  for (const each of node.children) {
    if (each.name === name) return each;
    const found = descendant(each, name);
    if (found) return found;
  }
  return undefined;
}

export function textOf(node: XmlNode | undefined): string | null {
  if (!node) return null;
  const text = node.text.trim();
  return text === '' ? null : text;
}

export function childText(node: XmlNode, name: string): string | null {
  return textOf(child(node, name));
}

export function href(node: XmlNode | undefined): string | null {
  const value = node?.attrs['xlink:href']?.trim();
  return value ? value : null;
}

/** The last path segment of a code-list href: '…/AanvraagSoortValue/graafmelding' → 'graafmelding'. */
export function codeOf(node: XmlNode | undefined): string | null {
  const value = href(node);
  if (!value) return null;
  const segment = value.slice(value.lastIndexOf('/') + 1);
  if (segment === '') return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function booleanOf(node: XmlNode | undefined): boolean | null {
  const text = textOf(node);
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return null;
}

export function numberOf(node: XmlNode | undefined): number | null {
  const text = textOf(node);
  if (text === null) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
