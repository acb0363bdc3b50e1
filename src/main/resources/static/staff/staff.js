// The staff review page. Every piece of visitor text is put into the page with textContent (through el()),
// never as HTML, so a transcript containing <script> shows as text.
'use strict';

const api = (path) => new URL(path, window.location.origin).toString();
const LOW_CONFIDENCE = 0.6;
const PAGE_SIZE = 50;

const state = { page: 0, total: 0, intents: [], conversationId: null };

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function request(path, options) {
  const response = await fetch(api(path), Object.assign({ headers: { Accept: 'application/json' } }, options));
  if (!response.ok) {
    let detail = response.status + ' ' + response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not JSON */ }
    throw new Error(detail);
  }
  return response.json();
}

function status(message) {
  document.getElementById('status').textContent = message;
}

function filters() {
  const form = new FormData(document.getElementById('filters'));
  const params = new URLSearchParams();
  for (const name of ['route', 'reason', 'intent', 'from', 'to', 'q']) {
    const value = (form.get(name) || '').trim();
    if (value) params.set(name, value);
  }
  if (form.get('urgentFirst')) params.set('sort', 'urgent');
  return params;
}

function updateExportLinks() {
  for (const format of ['csv', 'jsonl']) {
    const params = filters();
    params.delete('sort');
    params.set('format', format);
    document.getElementById('export-' + format).href = api('/api/v1/transcripts/export?' + params);
  }
}

async function loadTurns() {
  const params = filters();
  params.set('page', state.page);
  params.set('size', PAGE_SIZE);
  updateExportLinks();
  try {
    const result = await request('/api/v1/transcripts?' + params);
    state.total = result.total;
    renderTurns(result.items);
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    document.getElementById('page-info').textContent = 'Page ' + (result.page + 1) + ' of ' + pages;
    document.getElementById('prev').disabled = result.page === 0;
    document.getElementById('next').disabled = result.page + 1 >= pages;
    document.getElementById('summary').textContent = result.total + ' turns match.';
  } catch (error) {
    status('Could not load the transcripts: ' + error.message);
  }
}

function needsTeaching(turn) {
  if (turn.urgent) return false;
  return turn.handoffReason === 'unmatched' || turn.route === 'clarify'
    || (typeof turn.confidence === 'number' && turn.confidence < LOW_CONFIDENCE);
}

function renderTurns(turns) {
  const body = document.querySelector('#turns tbody');
  body.replaceChildren(...turns.map((turn) => el('tr', { className: turn.urgent ? 'urgent' : null, 'data-message-id': turn.messageId },
    el('td', null, formatTime(turn.time)),
    el('td', { className: 'text' }, turn.text || '', needsTeaching(turn) ? assignControl(turn.text) : null),
    el('td', null, turn.intent ? turn.intent + (typeof turn.confidence === 'number' ? ' (' + turn.confidence.toFixed(2) + ')' : '') : '—'),
    el('td', null, turn.route || ''),
    el('td', null, turn.handoffReason ? el('span', { className: 'badge ' + turn.handoffReason }, turn.handoffReason) : ''),
    el('td', null, el('button', { type: 'button', className: 'open', onclick: () => openConversation(turn.conversationId) }, 'Open conversation')))));
  if (turns.length === 0) {
    body.append(el('tr', null, el('td', { colspan: 6 }, 'No turns match these filters.')));
  }
}

function formatTime(time) {
  return time ? time.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
}

function assignControl(text) {
  const select = el('select', { 'aria-label': 'Intent for this phrase' },
    el('option', { value: '' }, 'assign to intent…'),
    state.intents.map((intent) => el('option', { value: intent.name }, intent.name)));
  const button = el('button', { type: 'button', className: 'assign-button' }, 'Assign');
  const result = el('span', { className: 'assign-result' });
  button.addEventListener('click', () => assign(select.value, text, button, result));
  return el('div', { className: 'assign' }, select, button, result);
}

async function assign(intent, text, button, result) {
  if (!intent) {
    result.textContent = 'Pick an intent first.';
    return;
  }
  button.disabled = true;
  result.textContent = 'Saving…';
  try {
    const taught = await request('/api/v1/intents/' + encodeURIComponent(intent) + '/examples', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ text: text }),
    });
    result.textContent = 'Saved to ' + taught.intent + '; retraining…';
    const model = await waitForModel(taught.catalogExamples);
    result.textContent = 'Learned: model v' + model.version + ' is in use.';
  } catch (error) {
    result.textContent = 'Not added: ' + error.message;
    button.disabled = false;
  }
}

async function waitForModel(catalogExamples) {
  for (;;) {
    const model = await loadModel();
    if (model && model.examples >= catalogExamples && !model.training) return model;
    if (model && model.lastError && !model.training) throw new Error(model.lastError);
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
}

async function loadModel() {
  const target = document.getElementById('model');
  try {
    const model = await request('/api/v1/model');
    target.textContent = 'Model v' + model.version + ': ' + model.examples + ' phrases, ' + model.intents
      + ' intents, trained ' + formatTime(model.trainedAt) + ' in ' + model.trainingMillis + ' ms'
      + (model.training ? ' (retraining…)' : '');
    target.classList.toggle('training', model.training);
    return model;
  } catch (error) {
    target.textContent = 'Model status unavailable: ' + error.message;
    return null;
  }
}

async function loadIntents() {
  try {
    state.intents = await request('/api/v1/intents');
    const filter = document.getElementById('intent-filter');
    filter.append(...state.intents.map((intent) => el('option', { value: intent.name }, intent.name)));
  } catch (error) {
    status('Could not load the intents: ' + error.message);
  }
}

async function openConversation(id) {
  try {
    const conversation = await request('/api/v1/conversations/' + encodeURIComponent(id));
    state.conversationId = id;
    document.getElementById('conversation-id').textContent = id;
    document.getElementById('conversation-turns').replaceChildren(...conversation.turns.map((turn) =>
      el('li', { className: turn.urgent ? 'urgent' : null },
        el('div', { className: 'meta' }, formatTime(turn.time) + ' · ' + (turn.route || '') + (turn.handoffReason ? ' (' + turn.handoffReason + ')' : '')
          + (turn.intent ? ' · ' + turn.intent : '')),
        el('div', { className: 'text' }, turn.text || ''),
        needsTeaching(turn) ? assignControl(turn.text) : null)));
    document.getElementById('conversation').hidden = false;
  } catch (error) {
    status('Could not open the conversation: ' + error.message);
  }
}

async function deleteConversation() {
  const id = state.conversationId;
  if (!id || !window.confirm('Delete every turn of conversation ' + id + '? This cannot be undone.')) return;
  try {
    const deleted = await request('/api/v1/conversations/' + encodeURIComponent(id), { method: 'DELETE' });
    status('Deleted ' + deleted.removedTurns + ' turns' + (deleted.removedAlerts ? ' and ' + deleted.removedAlerts
      + ' alert' + (deleted.removedAlerts === 1 ? '' : 's') : '') + '.');
    if (typeof forgetConversationAlerts === 'function') forgetConversationAlerts(id);
    document.getElementById('conversation').hidden = true;
    loadTurns();
  } catch (error) {
    status('Could not delete the conversation: ' + error.message);
  }
}

async function loadInsights() {
  const params = filters();
  params.delete('sort');
  const target = document.getElementById('insights');
  try {
    const insights = await request('/api/v1/insights?' + params);
    const percent = (rate) => (rate * 100).toFixed(1) + ' %';
    const counts = (map) => Object.entries(map || {}).map(([name, count]) => name + ' ' + count).join(', ');
    target.replaceChildren(
      el('div', { className: 'rates' },
        el('div', null, 'Turns: ' + insights.turns),
        el('div', null, 'Conversations: ' + insights.conversations),
        el('div', null, 'Fallback rate: ' + percent(insights.fallbackRate)),
        el('div', null, 'Urgent rate: ' + percent(insights.urgentRate))),
      el('h2', null, 'Most frequent unmatched questions'),
      el('table', { className: 'insights-table', id: 'unmatched' },
        el('thead', null, el('tr', null, el('th', null, 'Count'), el('th', null, 'Question and rephrasings'), el('th', null, 'Teach'))),
        el('tbody', null, insights.unmatched.map((group) => el('tr', null,
          el('td', null, group.count),
          el('td', null, el('strong', null, group.text),
            group.variants.length > 1 ? el('ul', null, group.variants.slice(1).map((variant) => el('li', null, variant.text + ' (' + variant.count + ')'))) : null),
          el('td', null, assignControl(group.text)))))),
      el('h2', null, 'Per day'),
      el('table', { className: 'insights-table' },
        el('thead', null, el('tr', null, ['Day', 'Turns', 'Fallback', 'Urgent', 'Routes', 'Reasons', 'Intents'].map((h) => el('th', null, h)))),
        el('tbody', null, insights.days.map((day) => el('tr', null,
          el('td', null, day.day), el('td', null, day.turns), el('td', null, percent(day.fallbackRate)),
          el('td', null, percent(day.urgentRate)), el('td', null, counts(day.counts.routes)),
          el('td', null, counts(day.counts.reasons)), el('td', null, counts(day.counts.intents))))))
    );
  } catch (error) {
    status('Could not load the insights: ' + error.message);
  }
}

function showTab(name) {
  const insights = name === 'insights';
  document.getElementById('turns-view').hidden = insights;
  document.getElementById('insights-view').hidden = !insights;
  document.getElementById('tab-turns').classList.toggle('active', !insights);
  document.getElementById('tab-insights').classList.toggle('active', insights);
  document.getElementById('tab-turns').setAttribute('aria-selected', String(!insights));
  document.getElementById('tab-insights').setAttribute('aria-selected', String(insights));
  if (insights) loadInsights();
}

document.addEventListener('DOMContentLoaded', async () => {
  document.getElementById('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    state.page = 0;
    if (document.getElementById('insights-view').hidden) loadTurns(); else loadInsights();
  });
  document.getElementById('prev').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadTurns(); });
  document.getElementById('next').addEventListener('click', () => { state.page += 1; loadTurns(); });
  document.getElementById('close-conversation').addEventListener('click', () => { document.getElementById('conversation').hidden = true; });
  document.getElementById('delete-conversation').addEventListener('click', deleteConversation);
  document.getElementById('tab-turns').addEventListener('click', () => showTab('turns'));
  document.getElementById('tab-insights').addEventListener('click', () => showTab('insights'));
  await Promise.all([loadIntents(), loadModel()]);
  await loadTurns();
  document.body.setAttribute('data-ready', 'true');
});
