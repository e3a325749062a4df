// Host-page side of the examples: records the widget's events and any error on the page, so
// that a person (and the end-to-end tests) can see what the host hears.
window.vendorplanEvents = [];
window.vendorplanErrors = [];
for (const name of ["vendorplan:plan-changed", "vendorplan:vendor-added", "vendorplan:export"]) {
  document.addEventListener(name, (event) => {
    window.vendorplanEvents.push({ type: event.type, detail: event.detail, from: event.target.id });
    const log = document.getElementById("event-log");
    if (log) {
      const item = document.createElement("li");
      item.textContent = `${event.target.id}: ${event.type} ${JSON.stringify(event.detail)}`;
      log.prepend(item);
    }
  });
}
window.addEventListener("error", (event) => window.vendorplanErrors.push(String(event.message)));
window.addEventListener("unhandledrejection", (event) => window.vendorplanErrors.push(String(event.reason)));
