// The staff page's list of what the assistant and outside agents (MCP) called, from the assistant's audit API.
(function () {
  const rows = document.getElementById('agent-calls-rows');
  if (!rows) return;

  function row(cells) {
    const tr = document.createElement('tr');
    for (const [text, code] of cells) {
      const td = document.createElement('td');
      const holder = code ? document.createElement('code') : td;
      holder.textContent = text; // the audit holds what agents sent: text, never markup
      if (code) td.appendChild(holder);
      tr.appendChild(td);
    }
    rows.appendChild(tr);
  }

  fetch(rows.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => response.ok ? response.json() : Promise.reject(response.status))
    .then(page => {
      if (page.items.length === 0) row([['No calls yet.', false]]);
      for (const call of page.items) {
        row([[new Date(call.at).toLocaleString(), false], [call.via, false], [call.function, true], [call.outcome, false]]);
      }
    })
    .catch(() => row([['The calls could not be read just now.', false]]));
})();
