/**
 * The evaluation command: measures the intent classifier on labelled messages, as the service trains it.
 */
package com.clinicfaq.chatbot.eval;
