// Shared by the popup and the options page. One code base for Chromium and
// Firefox: both offer the promise-based chrome.* namespace under Manifest V3.
"use strict";
const ext = globalThis.browser ?? globalThis.chrome;
const DEFAULT_SERVER = "http://127.0.0.1:8000";

async function serverAddress() {
  const { server } = await ext.storage.local.get({ server: DEFAULT_SERVER });
  return String(server || DEFAULT_SERVER).replace(/\/+$/, "");
}
