// The options page: where the local gossipcheck server answers.
"use strict";
(async () => {
  const field = document.getElementById("server");
  field.value = await serverAddress();
  document.getElementById("origin").textContent = location.origin;
  document.getElementById("options").addEventListener("submit", async (event) => {
    event.preventDefault();
    let origin;
    try {
      origin = new URL(field.value).origin;
    } catch (error) {
      document.getElementById("saved").textContent = "That is not an address such as http://127.0.0.1:8000.";
      return;
    }
    // the extension may talk to 127.0.0.1 and localhost; another host needs the reader's consent
    const granted = await ext.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    await ext.storage.local.set({ server: origin });
    document.getElementById("saved").textContent = granted
      ? `Saved: ${origin}`
      : `Saved: ${origin} (the browser did not grant access to it yet)`;
  });
})();
