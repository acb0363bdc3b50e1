// The chat widget for a clinic's own website. One tag adds a chat button and panel to any page:
//   <script src="https://chatbot.clinic.example/widget.js" defer></script>
// It talks to POST /api/v1/chat on the server it was loaded from; that server must list the page's origin in
// chatbot.web.allowed-origins (CORS). Everything lives in a shadow root, so the page's styles do not leak in, and
// every text goes in with textContent, never as HTML.
(function () {
	'use strict';

	if (window.__clinicChatWidget) {
		return;
	}
	window.__clinicChatWidget = true;

	const script = document.currentScript;
	const base = new URL(script ? script.src : '/widget.js', document.baseURI).origin;
	const title = (script && script.dataset.title) || 'Questions about ketamine treatment';
	const storageKey = 'clinicChatWidget.conversationId';

	const css = `
:host { all: initial; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 999px;
  padding: 12px 18px; font: 600 15px/1.2 system-ui, sans-serif; color: #fff; background: #1d5c63; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.launcher:focus-visible, button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #f2a900;
  outline-offset: 2px; }
.panel { position: fixed; right: 20px; bottom: 76px; z-index: 2147483000; width: min(380px, calc(100vw - 40px));
  height: min(560px, calc(100vh - 100px)); display: flex; flex-direction: column; background: #fff; color: #1b1b1b;
  border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.35); font: 15px/1.45 system-ui, sans-serif; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px; background: #1d5c63;
  color: #fff; border-radius: 12px 12px 0 0; }
header h2 { font-size: 16px; margin: 0; }
.close { background: transparent; border: 0; color: #fff; font-size: 22px; cursor: pointer; line-height: 1; }
.crisis { margin: 0; padding: 8px 14px; background: #fff4e5; font-size: 13px; }
.crisis a, .message a { color: #0b4f8a; font-weight: 600; }
ol { list-style: none; margin: 0; padding: 10px 14px; overflow-y: auto; flex: 1; }
.message { margin: 0 0 10px; padding: 8px 10px; border-radius: 8px; }
.message p { margin: 0 0 6px; white-space: pre-line; }
.visitor { background: #e7f1f2; margin-left: 30px; }
.bot { background: #f4f4f4; margin-right: 20px; }
.urgent { background: #fdecea; border-left: 4px solid #b3261e; }
.disclaimer { font-size: 12px; color: #555; }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 6px; }
.suggestion { border: 1px solid #1d5c63; background: #fff; color: #1d5c63; border-radius: 999px; padding: 4px 10px;
  font: inherit; font-size: 13px; cursor: pointer; text-align: left; }
form { display: flex; gap: 6px; padding: 10px 14px; border-top: 1px solid #ddd; }
input { flex: 1; font: inherit; padding: 8px; border: 1px solid #888; border-radius: 6px; }
.send { font: inherit; padding: 8px 12px; border: 0; border-radius: 6px; background: #1d5c63; color: #fff;
  cursor: pointer; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

	function element(tag, className, text) {
		const node = document.createElement(tag);
		if (className) {
			node.className = className;
		}
		if (text !== undefined && text !== null) {
			node.textContent = text;
		}
		return node;
	}

	// "Call or text 988" -> tel:988, "Call 1-800-222-1222" -> tel:18002221222
	function phoneLink(text) {
		const match = /\+?\d[\d\s().-]{1,18}\d|\b\d{3}\b/.exec(text);
		if (!match) {
			return null;
		}
		const link = element('a', null, text);
		link.href = 'tel:' + match[0].replace(/[^0-9+]/g, '');
		return link;
	}

	const host = element('div');
	host.id = 'clinic-chat-widget';
	const root = host.attachShadow({ mode: 'open' });
	const style = element('style');
	style.textContent = css;
	root.appendChild(style);

	const launcher = element('button', 'launcher', 'Chat with us');
	launcher.type = 'button';
	launcher.setAttribute('aria-expanded', 'false');
	launcher.setAttribute('aria-controls', 'clinic-chat-panel');
	root.appendChild(launcher);

	const panel = element('section', 'panel');
	panel.id = 'clinic-chat-panel';
	panel.hidden = true;
	panel.setAttribute('role', 'dialog');
	panel.setAttribute('aria-label', title);
	const header = element('header');
	header.appendChild(element('h2', null, title));
	const close = element('button', 'close', '\u00d7');
	close.type = 'button';
	close.setAttribute('aria-label', 'Close the chat');
	header.appendChild(close);
	panel.appendChild(header);

	const crisis = element('p', 'crisis');
	crisis.appendChild(element('strong', null, 'In crisis or an emergency? '));
	crisis.appendChild(phoneLink('Call or text 988'));
	crisis.appendChild(document.createTextNode(' or '));
	crisis.appendChild(phoneLink('call 911'));
	crisis.appendChild(document.createTextNode(' now. This assistant gives general information, not medical advice.'));
	panel.appendChild(crisis);

	const log = element('ol', 'log');
	log.setAttribute('aria-live', 'polite');
	log.setAttribute('aria-label', 'Conversation');
	panel.appendChild(log);

	const form = element('form');
	form.setAttribute('autocomplete', 'off');
	const label = element('label', 'visually-hidden', 'Your question');
	label.htmlFor = 'clinic-chat-text';
	const input = element('input');
	input.id = 'clinic-chat-text';
	input.maxLength = 1000;
	input.required = true;
	input.placeholder = 'Type your question\u2026';
	const sendButton = element('button', 'send', 'Send');
	sendButton.type = 'submit';
	form.appendChild(label);
	form.appendChild(input);
	form.appendChild(sendButton);
	panel.appendChild(form);
	root.appendChild(panel);

	function open() {
		panel.hidden = false;
		launcher.setAttribute('aria-expanded', 'true');
		input.focus();
	}

	function shut() {
		panel.hidden = true;
		launcher.setAttribute('aria-expanded', 'false');
		launcher.focus();
	}

	launcher.addEventListener('click', function () { panel.hidden ? open() : shut(); });
	close.addEventListener('click', shut);
	panel.addEventListener('keydown', function (event) {
		if (event.key === 'Escape') {
			shut();
		}
	});

	function add(item) {
		log.appendChild(item);
		item.scrollIntoView({ block: 'end' });
	}

	function addText(container, text) {
		text.split(/\n{2,}/).forEach(function (block) { container.appendChild(element('p', null, block)); });
	}

	function addReply(response) {
		const urgent = response.handoff && response.handoff.reason === 'urgent';
		const item = element('li', 'message bot' + (urgent ? ' urgent' : ''));
		if (urgent) {
			item.setAttribute('role', 'alert');
		}
		addText(item, response.reply.text);
		const lines = response.reply.crisisLines || [];
		if (lines.length) {
			const list = element('ul', 'crisis-lines');
			lines.forEach(function (line) {
				const entry = element('li', null, line.name + ': ');
				entry.appendChild(phoneLink(line.contact) || document.createTextNode(line.contact));
				list.appendChild(entry);
			});
			item.appendChild(list);
		}
		if (response.handoff && !urgent && response.handoff.phone) {
			const contact = element('p', null, 'Call ' + response.handoff.name + ': ');
			contact.appendChild(phoneLink(response.handoff.phone) || document.createTextNode(response.handoff.phone));
			item.appendChild(contact);
		}
		const suggestions = response.reply.suggestions || [];
		if (suggestions.length) {
			const box = element('div', 'suggestions');
			suggestions.forEach(function (suggestion) {
				const button = element('button', 'suggestion', suggestion);
				button.type = 'button';
				button.addEventListener('click', function () { send(suggestion); });
				box.appendChild(button);
			});
			item.appendChild(box);
		}
		item.appendChild(element('p', 'disclaimer', response.reply.disclaimer));
		add(item);
	}

	function addError(text) {
		const item = element('li', 'message bot');
		item.setAttribute('role', 'alert');
		item.appendChild(element('p', null, text));
		add(item);
	}

	async function send(text) {
		const mine = element('li', 'message visitor');
		mine.appendChild(element('p', null, text));
		add(mine);
		const body = { text: text };
		const conversationId = sessionStorage.getItem(storageKey);
		if (conversationId) {
			body.conversationId = conversationId;
		}
		try {
			const response = await fetch(base + '/api/v1/chat', {
				method: 'POST',
				mode: 'cors',
				credentials: 'omit',
				headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
				body: JSON.stringify(body)
			});
			const json = await response.json();
			if (!response.ok) {
				addError(json.detail || 'Sorry, something went wrong. Please try again.');
				return;
			}
			sessionStorage.setItem(storageKey, json.conversationId);
			addReply(json);
		}
		catch (error) {
			addError('Sorry, the assistant cannot be reached right now. If this is urgent, call or text 988 or call 911.');
		}
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		const text = input.value.trim();
		if (text) {
			input.value = '';
			send(text);
		}
	});

	(document.body || document.documentElement).appendChild(host);
}());
