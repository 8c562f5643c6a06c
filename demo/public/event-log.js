// The demo host's event log: every event the page receives, with where it came from.
// `window.hostEvents` is what the end-to-end tests read.
(function () {
  var list = document.getElementById("event-log");
  var events = (window.hostEvents = []);
  var server = document.querySelector('meta[name="onboarding-server"]').content;
  window.demoServerOrigin = new URL(server).origin;
  /** entry: { type, payload, origin, via: "loader" | "window", accepted } */
  window.recordHostEvent = function (entry) {
    entry.at = Date.now();
    events.push(entry);
    if (!list) return;
    var item = document.createElement("li");
    item.textContent = (entry.accepted ? "" : "IGNORED ") + entry.type + " " + JSON.stringify(entry.payload || {}) + "  from " + entry.origin + " (" + entry.via + ")";
    list.appendChild(item);
  };
})();
