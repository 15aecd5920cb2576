// The toolbar popup: reads the page the reader is on (address and rendered
// HTML, so paywalled or script-built pages work), sends it to the local
// gossipcheck, and shows the verdict (also as the button's badge), the summary
// and the checklist. Everything is written with textContent, never as HTML.
"use strict";
const $ = (id) => document.getElementById(id);
const BADGES = {
  "likely real": ["real", "#1e7b34"],
  uncertain: ["?", "#9a6b00"],
  "likely fake": ["fake", "#b3261e"],
};

async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get("tab")); // opened as a page
  if (id) return ext.tabs.get(id);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function snapshot() {
  return { url: location.href, html: document.documentElement.outerHTML };
}

function fail(message) {
  $("status").textContent = message;
  $("status").className = "error";
}

function spanText(value) {
  return value && typeof value === "object" ? value.text : value;
}

function terms(report) {
  const found = [];
  for (const a of report.attributions || []) {
    if (a.source_type === "anonymous") {
      found.push({ kind: "anonymous", text: spanText(a.speaker_span) || spanText(a.speaker) });
    }
  }
  for (const s of report.signals || []) {
    if (s.kind === "hedge") found.push({ kind: "hedge", text: spanText(s.span) || s.text });
  }
  return found;
}

function show(report, tab, reportUrl) {
  const cred = report.credibility || {};
  const verdict = cred.verdict || "not scored";
  $("result").className = verdict.replace(/ /g, "-");
  $("verdict").textContent = verdict;
  if (typeof cred.p_fake === "number") $("pfake").textContent = `P(fake) = ${cred.p_fake.toFixed(2)}`;
  $("summary").textContent = report.summary || "";
  for (const item of report.checklist || []) {
    const li = document.createElement("li");
    const tone = item.answer === "unknown" ? "unknown" : item.tone || "neutral";
    li.className = `${item.answer} tone-${tone}`;
    const answer = document.createElement("span");
    answer.className = "answer";
    // The mark and colour say what the answer means for trust; the word is the answer.
    const mark = { reassuring: "✓", warning: "⚠", neutral: "·" }[tone];
    answer.textContent = mark ? `${mark} ${item.answer === "yes" ? "Yes" : "No"}` : "? —";
    if (tone === "warning" || tone === "reassuring") {
      answer.title = tone === "warning" ? "a warning sign" : "reassuring";
    }
    li.append(answer, " ", item.question);
    li.title = item.detail || "";
    $("checklist").append(li);
  }
  $("full-report").href = reportUrl;
  $("highlight").addEventListener("click", async () => {
    await ext.scripting.executeScript({ target: { tabId: tab.id }, files: ["highlight.js"] });
    const [done] = await ext.scripting.executeScript({
      target: { tabId: tab.id },
      func: (found) => globalThis.gossipcheckHighlight(found),
      args: [terms(report)],
    });
    $("marked").textContent = `${done.result} passage(s) marked in the page.`;
  });
  const [text, colour] = BADGES[verdict] || ["", "#4a4a55"];
  ext.action.setBadgeText({ tabId: tab.id, text });
  ext.action.setBadgeBackgroundColor({ tabId: tab.id, color: colour });
  $("status").textContent = "";
  $("result").hidden = false;
}

async function main() {
  const server = await serverAddress();
  $("server").textContent = server;
  const tab = await targetTab();
  let page;
  try {
    const [done] = await ext.scripting.executeScript({ target: { tabId: tab.id }, func: snapshot });
    page = done.result;
  } catch (error) {
    return fail("This page cannot be read (browser pages and extension stores are off limits).");
  }
  let response;
  try {
    response = await fetch(`${server}/report`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ html: page.html, url: page.url }),
    });
  } catch (error) {
    return fail(`gossipcheck is not answering at ${server}. Start it with "gossipcheck serve", or set its address in the options.`);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) return fail(body.message || `gossipcheck answered HTTP ${response.status}.`);
  show(body.report, tab, body.report_url);
}

main();
