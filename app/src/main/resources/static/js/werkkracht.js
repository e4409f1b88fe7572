// Werkkracht: small progressive enhancements shared by every page (no inline scripts: see the CSP).
(function () {
  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });
})();
