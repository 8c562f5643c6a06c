// Script-tag mode: the loader creates the iframe, checks every message and hands us
// typed callbacks. Events after the handshake travel over a MessagePort bound to the
// server origin the loader verified, so that is the origin we log for them.
(function () {
  var origin = window.demoServerOrigin;
  // Window messages are only the iframe's `hello` here; logged to show their origin.
  window.addEventListener("message", function (event) {
    var data = event.data || {};
    window.recordHostEvent({ type: data.type || "?", payload: data.payload, origin: event.origin, via: "window", accepted: false });
  });
  function newSecret() {
    return fetch("/api/session", { method: "POST" }).then(function (res) { return res.json(); }).then(function (body) { return body.clientSecret; });
  }
  // `?locale=ar&mode=dark` try the widget's languages and themes; `window.demoWidget.update(...)` changes them live.
  var query = new URLSearchParams(location.search);
  newSecret().then(function (clientSecret) {
    window.demoWidget = window.Onboarding.mount("#onboarding", {
      clientSecret: clientSecret,
      locale: query.get("locale") || "en",
      theme: query.get("mode") ? { mode: query.get("mode") } : undefined,
      onEvent: function (event) {
        if (event.type === "resize") return;
        window.recordHostEvent({ type: event.type, payload: event.payload, origin: origin, via: "loader", accepted: true });
      },
      onError: function (error) { console.warn("[demo] widget error", error.code, error.message); },
      onTokenExpired: newSecret,
    });
  });
})();
