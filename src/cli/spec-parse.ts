// Saved pages are parsed by parse5 (the WHATWG HTML parsing algorithm, as browsers run it) and the
// tree is then built in a happy-dom document, which gives the readers the DOM they query. happy-dom's own
// parser drops everything after a `<style>` or `<script>` inside an inline `<svg>` (happy-dom issue
// #2231): Indeed's loading spinner has one near the top of every search page, so a page read that way
// ended after 1 % of its markup. The copy is iterative (no recursion depth limit) and never runs a script.
import { type DefaultTreeAdapterMap, parse } from "parse5";

type P5Node = DefaultTreeAdapterMap["node"];
type P5Parent = DefaultTreeAdapterMap["parentNode"];

function childrenOf(node: P5Parent): P5Node[] {
  return node.childNodes ?? [];
}

/** One parse5 node as a node of `doc` (its children are copied by the caller); null for a doctype. */
function copyNode(doc: Document, node: P5Node): Node | null {
  if (node.nodeName === "#text") return doc.createTextNode((node as DefaultTreeAdapterMap["textNode"]).value);
  if (node.nodeName === "#comment")
    return doc.createComment((node as DefaultTreeAdapterMap["commentNode"]).data);
  if (!("tagName" in node)) return null;
  const el = doc.createElementNS(node.namespaceURI, node.tagName);
  for (const a of node.attrs) {
    try {
      if (a.namespace) el.setAttributeNS(a.namespace, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
      else el.setAttribute(a.name, a.value);
    } catch {
      // A name the DOM refuses (browsers keep some that happy-dom rejects): the attribute is left out.
    }
  }
  return el;
}

/** Replaces `doc`'s content with `html` as a browser would parse it. */
export function fillDocument(doc: Document, html: string): Document {
  const tree = parse(html);
  doc.documentElement?.remove();
  const stack: Array<[P5Parent, Node]> = [[tree, doc]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [from, into] = top;
    for (const child of childrenOf(from)) {
      const copy = copyNode(doc, child);
      if (!copy) continue;
      into.appendChild(copy);
      if (!("tagName" in child)) continue;
      // A template's children live in its content fragment, in both trees.
      const isTemplate = child.tagName === "template" && "content" in child;
      const source = isTemplate ? (child as DefaultTreeAdapterMap["template"]).content : child;
      stack.push([source, isTemplate ? (copy as HTMLTemplateElement).content : copy]);
    }
  }
  return doc;
}
