// The assistant side panel: the conversation survives moving between pages (its id is kept in this browser).
(function () {
  const panel = document.getElementById('assistant');
  if (!panel) return;
  const log = document.getElementById('assistant-log');
  const form = document.getElementById('assistant-form');
  const input = document.getElementById('assistant-input');
  const pending = document.getElementById('assistant-pending');
  const summary = document.getElementById('assistant-pending-summary');
  const token = document.querySelector('meta[name="csrf-token"]')?.content;
  const key = 'rsm-assistant-session:' + location.host;
  let sessionId = localStorage.getItem(key);
  let actionId = null;

  function add(role, text, meta) {
    const item = document.createElement('li');
    item.className = 'assistant-' + role;
    item.textContent = text;
    if (meta) {
      const small = document.createElement('small');
      small.textContent = meta;
      item.appendChild(small);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
      body: JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.detail || json.title || response.statusText);
    return json;
  }

  function showPending(action) {
    actionId = action ? action.id : null;
    pending.hidden = !action;
    summary.textContent = action ? 'Confirm? ' + action.summary : '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    add('user', message);
    input.value = '';
    try {
      const reply = await post('/api/ai/chat', { message, sessionId });
      sessionId = reply.sessionId;
      localStorage.setItem(key, sessionId);
      const meta = reply.provider === 'commands' || reply.provider === 'none'
        ? `${reply.latencyMs} ms`
        : `${reply.provider} · ${reply.usage.totalTokens} tokens · ${reply.latencyMs} ms`;
      add('assistant', reply.reply, meta);
      showPending(reply.pendingAction);
    } catch (error) {
      add('assistant', 'Error: ' + error.message);
    }
  });

  async function decide(cancel) {
    if (!actionId) return;
    try {
      const outcome = await post('/api/ai/chat/confirm', { actionId, cancel });
      add('assistant', outcome.reply);
    } catch (error) {
      add('assistant', 'Error: ' + error.message);
    }
    showPending(null);
  }
  document.getElementById('assistant-confirm').addEventListener('click', () => decide(false));
  document.getElementById('assistant-cancel').addEventListener('click', () => decide(true));
  document.getElementById('assistant-new').addEventListener('click', () => {
    sessionId = null;
    localStorage.removeItem(key);
    log.replaceChildren();
    showPending(null);
  });

  if (sessionId) {
    fetch('/api/ai/sessions/' + sessionId).then(r => r.ok ? r.json() : null).then(history => {
      if (history) history.messages.forEach(m => add(m.role, m.text));
    });
  }
})();
