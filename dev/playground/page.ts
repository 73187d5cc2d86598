// The playground's web page: the real Sidebar.html beside a live view of the emulated spreadsheet.

/**
 * A stand-in for Apps Script's `google.script.run` inside the page: each call is POSTed to the playground
 * server, which runs the function in the emulator exactly as google.script.run would (JSON-safe values,
 * the failure handler receiving an Error with the script's message).
 */
const GOOGLE_SCRIPT_RUN_SHIM = `
<script>
(function () {
  function runner(success, failure) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure); },
      withFailureHandler: function (fn) { return runner(success, fn); },
    };
    return new Proxy(target, {
      get: function (object, name) {
        if (name in object) return object[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(String(name)), { method: 'POST', body: JSON.stringify(args) })
            .then(function (response) { return response.json(); })
            .then(function (reply) {
              if (reply.ok) { if (success) success(reply.value); }
              else if (failure) failure(new Error(reply.error));
            });
          window.parent.postMessage('sheet-changed', '*');
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

/** Sidebar.html with the shim put first in its head, so the sidebar's own script finds google.script.run. */
export function sidebarWithShim(sidebarHtml: string): string {
  return sidebarHtml.replace('<head>', `<head>${GOOGLE_SCRIPT_RUN_SHIM}`);
}

/** The page: the sidebar (300 px, like Sheets) in an iframe, and the spreadsheet's sheets as tables. */
export function playgroundPage(title: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>
<style>
  body { margin: 0; display: flex; height: 100vh; font: 13px Roboto, Arial, sans-serif; }
  #sheets { flex: 1; overflow: auto; padding: 8px; background: #f8f9fa; }
  #sidebar { width: 300px; border: 0; border-left: 1px solid #dadce0; }
  nav button { margin: 0 4px 8px 0; }
  table { border-collapse: collapse; background: #fff; }
  td, th { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f1f3f4; position: sticky; top: 0; }
</style></head>
<body>
  <section id="sheets"><nav id="tabs"></nav><div id="grid"></div></section>
  <iframe id="sidebar" src="/sidebar" title="MiniCRM Sync"></iframe>
<script>
  var current = null;
  function show() {
    fetch('/sheets').then(function (r) { return r.json(); }).then(function (sheets) {
      var tabs = document.getElementById('tabs');
      tabs.textContent = '';
      sheets.forEach(function (sheet) {
        var b = document.createElement('button');
        b.textContent = sheet.name + (sheet.hidden ? ' (hidden)' : '') + ' · ' + Math.max(0, sheet.values.length - 1);
        b.onclick = function () { current = sheet.name; show(); };
        tabs.appendChild(b);
      });
      var sheet = sheets.find(function (s) { return s.name === current; }) || sheets.find(function (s) { return !s.hidden && s.values.length; }) || sheets[0];
      var grid = document.getElementById('grid');
      grid.textContent = '';
      if (!sheet) return;
      var table = document.createElement('table');
      table.setAttribute('data-sheet', sheet.name);
      sheet.values.slice(0, 200).forEach(function (row, r) {
        var tr = document.createElement('tr');
        row.forEach(function (cell) {
          var td = document.createElement(r === 0 ? 'th' : 'td');
          td.textContent = cell;
          tr.appendChild(td);
        });
        table.appendChild(tr);
      });
      grid.appendChild(table);
    });
  }
  window.addEventListener('message', function () { setTimeout(show, 300); });
  setInterval(show, 3000);
  show();
</script>
</body></html>`;
}
