/**
 * Twilio SMS and WhatsApp: a signed form POST in, a TwiML message out in the same response.
 */
package com.clinicfaq.chatbot.channels.twilio;
