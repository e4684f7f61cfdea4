// The assistant side panel. The conversation follows the staff member from page to page: its id is kept in this
// browser, and everything else (answers with provider, tokens and latency, a proposal still waiting for a
// confirmation) comes back from the server's history.
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
  let shown = null;

  // What a studio manager is told when something goes wrong: the server's sentence, or one of ours, never a stack.
  // The page's language comes with the panel (data-* attributes written by the server from the resources).
  const unreachable = panel.dataset.unreachable;

  function meta(reply) {
    if (reply.latencyMs == null) return null;
    return reply.provider && reply.provider !== 'commands' && reply.provider !== 'none'
      ? `${reply.provider} · ${reply.usage ? reply.usage.totalTokens : 0} tokens · ${reply.latencyMs} ms`
      : `${reply.latencyMs} ms`;
  }

  function add(role, text, details) {
    const item = document.createElement('li');
    item.className = 'assistant-' + role;
    item.textContent = text;
    if (details) {
      const small = document.createElement('small');
      small.textContent = details;
      item.appendChild(small);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  async function post(url, body) {
    let response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token },
        body: JSON.stringify(body),
      });
    } catch {
      throw new Error(unreachable);
    }
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.detail || json.title || unreachable);
    return json;
  }

  function showPending(action) {
    shown = action;
    actionId = action ? action.id : null;
    pending.hidden = !action;
    summary.textContent = action ? panel.dataset.confirmPrefix + ' ' + action.summary : '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    add('user', message);
    input.value = '';
    // An answered message withdraws a waiting proposal on the server: stop offering it here too. A refused one
    // (too long, say) never reached the conversation, so the proposal stands and comes back.
    const waiting = shown;
    showPending(null);
    try {
      const reply = await post('/api/ai/chat', { message, sessionId });
      sessionId = reply.sessionId;
      localStorage.setItem(key, sessionId);
      add('assistant', reply.reply, meta(reply));
      showPending(reply.pendingAction);
    } catch (error) {
      add('assistant', error.message);
      showPending(waiting);
    }
  });

  async function decide(cancel) {
    if (!actionId) return;
    try {
      const outcome = await post('/api/ai/chat/confirm', { actionId, cancel });
      add('assistant', outcome.reply);
    } catch (error) {
      add('assistant', error.message);
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
    fetch('/api/ai/sessions/' + encodeURIComponent(sessionId)).then(async response => {
      if (response.status === 404) {
        // Cleared, or made by someone else signed in on this browser: start afresh.
        sessionId = null;
        localStorage.removeItem(key);
        return;
      }
      if (!response.ok) return;
      const history = await response.json();
      history.messages.forEach(m => add(m.role, m.text, m.role === 'assistant' ? meta(m) : null));
      showPending(history.pendingAction);
    }).catch(() => {});
  }
})();
