/**
 * Meta's WhatsApp Cloud API and Messenger: the subscription handshake, signed webhook events in, replies through the
 * Graph API.
 */
package com.clinicfaq.chatbot.channels.meta;
