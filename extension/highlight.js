// Injected into the page being read: marks the report's anonymous attributions
// and hedges where their text appears. Idempotent; touches text nodes only.
"use strict";
globalThis.gossipcheckHighlight = function (terms) {
  const looks = {
    anonymous: "background:#ffd2cc;color:inherit;outline:2px dashed #b3261e;outline-offset:-1px",
    hedge: "background:#fff0a8;color:inherit;text-decoration:underline dotted #8a6d00 2px",
  };
  const titles = { anonymous: "gossipcheck: anonymous source", hedge: "gossipcheck: hedge" };
  for (const old of document.querySelectorAll("mark[data-gossipcheck]")) {
    old.replaceWith(...old.childNodes);
  }
  document.body.normalize();
  const wanted = terms.filter((t) => t && looks[t.kind] && t.text && t.text.trim().length > 1);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && !node.parentElement.closest("script, style, noscript, textarea")
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  let count = 0;
  for (const node of nodes) {
    let rest = node;
    for (;;) {
      let best = null;
      for (const term of wanted) {
        const at = rest.data.indexOf(term.text);
        if (at >= 0 && (best === null || at < best.at)) best = { at, term };
      }
      if (best === null) break;
      const hit = rest.splitText(best.at);
      rest = hit.splitText(best.term.text.length);
      const mark = document.createElement("mark");
      mark.dataset.gossipcheck = best.term.kind;
      mark.title = titles[best.term.kind];
      mark.style.cssText = looks[best.term.kind];
      hit.replaceWith(mark);
      mark.append(hit);
      count += 1;
    }
  }
  return count;
};
