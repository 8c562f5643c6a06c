// Raw-iframe mode: no loader. We set the iframe's src to the session URL and read
// the events the app posts to us, accepting a message only from that iframe's
// window at exactly the server's origin (MDN postMessage; CVE-2020-8127).
(function () {
  var iframe = document.getElementById("onboarding");
  var origin = window.demoServerOrigin;
  window.addEventListener("message", function (event) {
    var data = event.data || {};
    var accepted = event.source === iframe.contentWindow && event.origin === origin && data.channel === "open-onboarding" && data.v === 1 && typeof data.type === "string";
    if (accepted && data.type === "resize") {
      iframe.style.height = Math.ceil(data.payload.height) + "px";
      return;
    }
    window.recordHostEvent({ type: data.type || "?", payload: data.payload, origin: event.origin, via: "window", accepted: accepted });
  });
  fetch("/api/session", { method: "POST" })
    .then(function (res) { return res.json(); })
    .then(function (body) { iframe.src = body.url; });
})();
