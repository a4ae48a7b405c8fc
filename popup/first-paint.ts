// A classic script that runs before the popup's module bundle: it paints the recent applications as
// the popup last showed them (src/ui/popup/snapshot), as plain text nodes, so the list is there while
// Dexie and Preact load. popup/main.tsx swaps in the live view and removes this.
import { applicationPagePath, fromPageFolder } from "../src/shared/pages";
import { readSnapshot } from "../src/ui/popup/snapshot";

function paint(): void {
  const host = document.getElementById("snapshot");
  const items = readSnapshot(localStorage);
  if (!host || items.length === 0) return;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const main = el("main", "popup");
  const header = el("header", "popup-header");
  header.append(el("h1", "", "Debrief"));
  const section = el("section", "");
  const list = el("ul", "app-list");
  for (const item of items) {
    const link = el("a", "app-link");
    link.href = fromPageFolder(applicationPagePath(item.id));
    link.target = "_blank";
    link.append(el("span", "app-name", item.name), el("span", "status", item.status));
    const li = el("li", "recent-item");
    li.append(link);
    list.append(li);
  }
  section.append(el("h2", "", "Recent applications"), list);
  main.append(header, section);
  host.append(main);
}

try {
  paint();
} catch {
  // The live view follows anyway.
}
