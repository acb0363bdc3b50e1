/**
 * Slack's Events API: a signed JSON event in, acknowledged at once, the reply posted in the thread with
 * {@code chat.postMessage}.
 */
package com.clinicfaq.chatbot.channels.slack;
