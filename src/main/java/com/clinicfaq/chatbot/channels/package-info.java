/**
 * Messaging channels (Twilio, Meta, Slack, Telegram, Chatwoot): one sub-package per provider verifies the request,
 * maps it to a chat request and renders the reply; this package holds what they share.
 */
package com.clinicfaq.chatbot.channels;
