/**
 * Staff alerting: every urgent turn is pushed at once to the configured routes (signed webhook, Slack, e-mail) off
 * the visitor's request path, and shown live on the staff page with its delivery results.
 */
package com.clinicfaq.chatbot.alerts;
