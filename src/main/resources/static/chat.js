// The visitor's chat page: talks to POST /api/v1/chat. All text goes into the page with textContent, never as HTML.
(function () {
	'use strict';

	const log = document.getElementById('log');
	const form = document.getElementById('ask');
	const input = document.getElementById('text');
	let conversationId = sessionStorage.getItem('conversationId');
	// the configured crisis lines and clinic phone, from GET /api/v1/contacts
	let contacts = { crisisLines: [], clinic: null };

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
		reveal(item);
	}

	// The numbers to make tappable: each configured crisis line's and the clinic's, longest first.
	function phoneLinks() {
		const links = [];
		contacts.crisisLines.forEach(function (line) {
			if (line.number && (line.call || line.text)) {
				links.push({ number: line.number, href: line.call || line.text });
			}
		});
		if (contacts.clinic && contacts.clinic.phone && contacts.clinic.call) {
			links.push({ number: contacts.clinic.phone, href: contacts.clinic.call });
		}
		return links.sort(function (a, b) { return b.number.length - a.number.length; });
	}

	// Appends text to a node, turning every configured phone number in it into a tel: link (text only, never HTML).
	function appendLinked(node, text) {
		const links = phoneLinks();
		let rest = text;
		while (rest.length) {
			let best = null;
			links.forEach(function (link) {
				let from = 0;
				let at;
				while ((at = rest.indexOf(link.number, from)) >= 0) {
					const before = at > 0 ? rest.charAt(at - 1) : '';
					const after = rest.charAt(at + link.number.length);
					if (!/[0-9]/.test(before) && !/[0-9]/.test(after)) {
						if (!best || at < best.at) {
							best = { at: at, link: link };
						}
						break;
					}
					from = at + 1;
				}
			});
			if (!best) {
				node.appendChild(document.createTextNode(rest));
				break;
			}
			node.appendChild(document.createTextNode(rest.substring(0, best.at)));
			const anchor = element('a', 'phone', best.link.number);
			anchor.href = best.link.href;
			node.appendChild(anchor);
			rest = rest.substring(best.at + best.link.number.length);
		}
		return node;
	}

	function linkedElement(tag, text) {
		return appendLinked(element(tag), text);
	}

	function addParagraphs(container, text) {
		text.split(/\n{2,}/).forEach(function (block) {
			const lines = block.split('\n');
			if (lines.length > 1 && lines.slice(1).every(function (line) { return line.startsWith('- '); })) {
				container.appendChild(linkedElement('p', lines[0]));
				const list = element('ul');
				lines.slice(1).forEach(function (line) { list.appendChild(linkedElement('li', line.substring(2))); });
				container.appendChild(list);
			}
			else {
				container.appendChild(linkedElement('p', block));
			}
		});
	}

	// Big tap targets for each crisis line: "Call 988", "Text 988".
	function crisisActions(lines) {
		const box = element('div', 'crisis-actions');
		lines.forEach(function (line) {
			const info = contacts.crisisLines.find(function (known) { return known.name === line.name; }) || line;
			if (info.call) {
				const call = element('a', 'crisis-action call', 'Call ' + info.number);
				call.href = info.call;
				call.setAttribute('aria-label', 'Call ' + line.name + ' at ' + info.number);
				box.appendChild(call);
			}
			if (info.text) {
				const sms = element('a', 'crisis-action text', 'Text ' + info.number);
				sms.href = info.text;
				sms.setAttribute('aria-label', 'Text ' + line.name + ' at ' + info.number);
				box.appendChild(sms);
			}
		});
		return box;
	}

	function showBanner() {
		const target = document.getElementById('crisis-lines');
		if (!contacts.crisisLines.length) {
			return;
		}
		target.replaceChildren();
		contacts.crisisLines.forEach(function (line, index) {
			const item = element('span', 'banner-line');
			item.appendChild(document.createTextNode((index ? ' · ' : '') + line.name + ': '));
			if (line.call) {
				const call = element('a', 'banner-call', (line.text ? 'call ' : '') + line.number);
				call.href = line.call;
				item.appendChild(call);
			}
			if (line.text) {
				if (line.call) {
					item.appendChild(document.createTextNode(' or '));
				}
				const sms = element('a', 'banner-text', 'text ' + line.number);
				sms.href = line.text;
				item.appendChild(sms);
			}
			if (!line.call && !line.text) {
				item.appendChild(document.createTextNode(line.contact));
			}
			target.appendChild(item);
		});
	}

	async function loadContacts() {
		try {
			const response = await fetch('/api/v1/contacts', { headers: { 'Accept': 'application/json' } });
			if (response.ok) {
				contacts = await response.json();
				showBanner();
			}
		}
		catch (error) {
			// the banner keeps its generic text
		}
		document.body.setAttribute('data-ready', 'true');
	}

	function emergencyHint() {
		const numbers = contacts.crisisLines.filter(function (line) { return line.number; })
			.map(function (line) { return line.number; });
		return numbers.length ? 'If this is urgent, call ' + numbers.join(' or ') + '.'
			: 'If this is urgent, call your local emergency number.';
	}

	// Keeps the newest reply in view inside the message log (the input bar is outside it, so it never covers it):
	// a reply taller than the log is shown from its top, where an urgent reply's crisis lines are.
	function reveal(item) {
		const fits = item.offsetHeight <= log.clientHeight;
		item.scrollIntoView({ block: fits ? 'end' : 'start' });
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
		if (response.reply.crisisLines && response.reply.crisisLines.length) {
			item.appendChild(crisisActions(response.reply.crisisLines));
		}
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
		reveal(item);
	}

	function addError(text) {
		const item = element('li', 'message bot error');
		item.appendChild(linkedElement('p', text));
		log.appendChild(item);
		reveal(item);
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
			addError('Sorry, the assistant cannot be reached right now. ' + emergencyHint());
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

	loadContacts();
}());
