// Urgent alerts on the staff page, live from GET /api/v1/alerts/stream (server-sent events). Uses el(), request(),
// formatTime() and openConversation() from staff.js; visitor text goes in with textContent only.
'use strict';

const alertsState = { byId: new Map(), openedAt: Date.now() };

function outcomeLabel(outcome) {
  return outcome === 'called_back' ? 'called back' : 'left a message';
}

function deliveryText(delivery) {
  let text = delivery.route + ': ' + delivery.state;
  if (delivery.attempts > 1 || delivery.state === 'failed') text += ' (' + delivery.attempts + ' attempt' + (delivery.attempts === 1 ? '' : 's') + ')';
  if (delivery.error) text += ' — ' + delivery.error;
  return text;
}

function renderAlert(status) {
  const alert = status.alert;
  const failed = status.deliveries.some((delivery) => delivery.state === 'failed');
  const classes = ['alert', alert.kind, status.acknowledgement ? 'acknowledged' : 'open', failed ? 'failed' : null]
    .filter(Boolean).join(' ');
  const note = el('input', { type: 'text', className: 'ack-note', maxlength: 500, placeholder: 'note (optional)', 'aria-label': 'Note' });
  const result = el('span', { className: 'ack-result' });
  const ackButton = (outcome, label) => el('button', {
    type: 'button', className: 'ack ' + outcome, 'data-outcome': outcome,
    onclick: (event) => acknowledge(alert.id, outcome, note.value, event.target, result),
  }, label);
  return el('li', { className: classes, 'data-alert-id': alert.id },
    el('div', { className: 'alert-head' },
      el('strong', null, alert.kind === 'emergency' ? 'Emergency' : 'Crisis'),
      ' · ' + formatTime(alert.time) + ' · ' + alert.channel + ' · ',
      el('button', { type: 'button', className: 'open', onclick: () => openConversation(alert.conversationId) }, 'Open conversation')),
    el('div', { className: 'text' }, alert.text),
    el('ul', { className: 'deliveries' }, status.deliveries.map((delivery) =>
      el('li', { className: 'delivery ' + delivery.state, 'data-route': delivery.route }, deliveryText(delivery)))),
    status.acknowledgement
      ? el('p', { className: 'acknowledgement' }, 'Acknowledged by ' + status.acknowledgement.user + ' ('
          + outcomeLabel(status.acknowledgement.outcome) + ') at ' + formatTime(status.acknowledgement.time)
          + (status.acknowledgement.note ? ': ' + status.acknowledgement.note : ''))
      : el('div', { className: 'ack-controls' }, ackButton('called_back', 'Called back'),
          ackButton('left_message', 'Left a message'), note, result));
}

function showAlert(status) {
  const known = alertsState.byId.get(status.alert.id);
  if (known && known.version >= status.version) return;
  alertsState.byId.set(status.alert.id, status);
  const list = document.getElementById('alert-list');
  const node = renderAlert(status);
  const existing = list.querySelector('li[data-alert-id="' + CSS.escape(status.alert.id) + '"]');
  if (existing) {
    existing.replaceWith(node);
  } else {
    list.prepend(node);
    // an urgent turn newer than the page: refresh the turns list too ("urgent first" puts it on top)
    if (Date.parse(status.alert.time) > alertsState.openedAt && typeof loadTurns === 'function') loadTurns();
  }
  document.getElementById('alerts-empty').hidden = true;
}

// after a deleted conversation: its alerts are gone from the server too (other open pages drop them on reload)
function forgetConversationAlerts(conversationId) {
  for (const [id, status] of alertsState.byId) {
    if (status.alert.conversationId !== conversationId) continue;
    alertsState.byId.delete(id);
    const node = document.querySelector('#alert-list li[data-alert-id="' + CSS.escape(id) + '"]');
    if (node) node.remove();
  }
}

function showRoutes(routes) {
  const target = document.getElementById('alert-routes');
  if (routes.length === 0) {
    target.className = 'alert-routes none';
    target.textContent = 'No alert route is configured: urgent turns are NOT pushed to anyone. Keep this page open, '
      + 'or set chatbot.alerts.webhook.url, chatbot.alerts.slack.webhook-url or chatbot.alerts.email.to.';
  } else {
    target.className = 'alert-routes';
    target.textContent = 'Each urgent turn is also pushed via: ' + routes.join(', ') + '.';
  }
}

async function acknowledge(id, outcome, note, button, result) {
  button.disabled = true;
  result.textContent = 'Saving…';
  try {
    const status = await request('/api/v1/alerts/' + encodeURIComponent(id) + '/acknowledgement', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ outcome: outcome, note: note || null }),
    });
    showAlert(status);
  } catch (error) {
    result.textContent = 'Not saved: ' + error.message;
    button.disabled = false;
  }
}

function connectAlerts() {
  const connection = document.getElementById('alerts-connection');
  const source = new EventSource(api('/api/v1/alerts/stream'));
  source.addEventListener('routes', (event) => {
    showRoutes(JSON.parse(event.data).routes);
    connection.textContent = 'live';
    connection.className = 'connection live';
  });
  source.addEventListener('alert', (event) => showAlert(JSON.parse(event.data)));
  source.addEventListener('error', () => {
    connection.textContent = 'reconnecting…';
    connection.className = 'connection lost';
  });
}

document.addEventListener('DOMContentLoaded', () => {
  connectAlerts();
  const linked = new URLSearchParams(window.location.search).get('conversation');
  if (linked) openConversation(linked);
});
