// Host side of examples/iframe.html. The frame is given this page's origin as the one allowed
// to talk to it, and events are accepted only from the frame. For demonstration and tests,
// this page's own query can say where the widget is (`widget=`, default: this site), which
// origins the frame should allow (`allow=`) and where it saves (`key=`).
const params = new URLSearchParams(location.search);
const widget = new URL(params.get("widget") ?? "..", import.meta.url);
const allow = params.get("allow") ?? location.origin;
const frameUrl = new URL("embed.html", widget);
frameUrl.searchParams.set("vendors", "jumpcloud");
frameUrl.searchParams.set("origins", allow);
frameUrl.searchParams.set("storage-key", params.get("key") ?? "example");
const frame = document.getElementById("frame");
frame.src = frameUrl.href;

window.vendorplanEvents = [];
window.addEventListener("message", (event) => {
  if (event.origin !== widget.origin || event.source !== frame.contentWindow) {
    return;
  }
  window.vendorplanEvents.push(event.data);
  const item = document.createElement("li");
  item.textContent = `${event.data.type} ${JSON.stringify(event.data.detail)}`;
  document.getElementById("event-log").prepend(item);
});
document.getElementById("add-stripe").addEventListener("click", () => {
  frame.contentWindow.postMessage({ type: "vendorplan:configure", vendors: ["jumpcloud", "stripe"] }, widget.origin);
});
