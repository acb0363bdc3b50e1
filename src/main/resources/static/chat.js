// The visitor's chat page: talks to POST /api/v1/chat. All text goes into the page with textContent, never as HTML.
(function () {
	'use strict';

	const log = document.getElementById('log');
	const form = document.getElementById('ask');
	const input = document.getElementById('text');
	let conversationId = sessionStorage.getItem('conversationId');

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

	function addVisitorMessage(text) {
		const item = element('li', 'message visitor');
		item.appendChild(element('p', null, text));
		log.appendChild(item);
		item.scrollIntoView({ block: 'end' });
	}

	function addParagraphs(container, text) {
		text.split(/\n{2,}/).forEach(function (block) {
			const lines = block.split('\n');
			if (lines.length > 1 && lines.slice(1).every(function (line) { return line.startsWith('- '); })) {
				container.appendChild(element('p', null, lines[0]));
				const list = element('ul');
				lines.slice(1).forEach(function (line) { list.appendChild(element('li', null, line.substring(2))); });
				container.appendChild(list);
			}
			else {
				container.appendChild(element('p', null, block));
			}
		});
	}

	function contactBlock(handoff) {
		const box = element('div', 'contact');
		box.appendChild(element('strong', null, 'Contact ' + handoff.name));
		const list = element('ul');
		if (handoff.phone) {
			const item = element('li', null, 'Phone: ');
			const link = element('a', null, handoff.phone);
			link.href = 'tel:' + handoff.phone.replace(/[^0-9+]/g, '');
			item.appendChild(link);
			list.appendChild(item);
		}
		if (handoff.email) {
			const item = element('li', null, 'E-mail: ');
			const link = element('a', null, handoff.email);
			link.href = 'mailto:' + handoff.email;
			item.appendChild(link);
			list.appendChild(item);
		}
		if (handoff.hours) {
			list.appendChild(element('li', null, 'Hours: ' + handoff.hours));
		}
		if (handoff.bookingUrl && /^https?:\/\//.test(handoff.bookingUrl)) {
			const item = element('li');
			const link = element('a', null, 'Book a consultation');
			link.href = handoff.bookingUrl;
			link.target = '_blank';
			link.rel = 'noopener';
			item.appendChild(link);
			list.appendChild(item);
		}
		box.appendChild(list);
		return box;
	}

	function addBotReply(response) {
		const urgent = response.handoff && response.handoff.reason === 'urgent';
		const item = element('li', 'message bot' + (response.handoff ? ' handoff' : '') + (urgent ? ' urgent' : ''));
		if (urgent) {
			item.setAttribute('role', 'alert');
			item.appendChild(element('p', 'urgent-title', 'Please reach out for help now'));
		}
		addParagraphs(item, response.reply.text);
		if (response.handoff && !urgent) {
			item.appendChild(contactBlock(response.handoff));
		}
		if (response.reply.suggestions && response.reply.suggestions.length) {
			const buttons = element('div', 'suggestions');
			response.reply.suggestions.forEach(function (suggestion) {
				const button = element('button', 'suggestion', suggestion);
				button.type = 'button';
				button.addEventListener('click', function () { send(suggestion); });
				buttons.appendChild(button);
			});
			item.appendChild(buttons);
		}
		item.appendChild(element('p', 'disclaimer', response.reply.disclaimer));
		log.appendChild(item);
		item.scrollIntoView({ block: 'end' });
	}

	function addError(text) {
		const item = element('li', 'message bot error');
		item.appendChild(element('p', null, text));
		log.appendChild(item);
	}

	async function send(text) {
		addVisitorMessage(text);
		const body = { text: text };
		if (conversationId) {
			body.conversationId = conversationId;
		}
		try {
			const response = await fetch('/api/v1/chat', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
				body: JSON.stringify(body)
			});
			const json = await response.json();
			if (!response.ok) {
				addError(json.detail || 'Sorry, something went wrong. Please try again.');
				return;
			}
			conversationId = json.conversationId;
			sessionStorage.setItem('conversationId', conversationId);
			addBotReply(json);
		}
		catch (error) {
			addError('Sorry, the assistant cannot be reached right now. If this is urgent, call or text 988 or call 911.');
		}
	}

	form.addEventListener('submit', function (event) {
		event.preventDefault();
		const text = input.value.trim();
		if (!text) {
			return;
		}
		input.value = '';
		send(text);
	});
}());
