/**
 * Telegram bots: a webhook carrying the configured secret token in, {@code sendMessage} out, suggestions as an inline
 * keyboard.
 */
package com.clinicfaq.chatbot.channels.telegram;
