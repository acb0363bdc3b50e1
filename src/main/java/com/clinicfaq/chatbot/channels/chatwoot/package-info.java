/**
 * Chatwoot, the open-source agent inbox, with this service as its Agent Bot: the bot answers conversations that are
 * {@code pending}, hands a conversation to people by opening it, and stays silent while it is open.
 */
package com.clinicfaq.chatbot.channels.chatwoot;
