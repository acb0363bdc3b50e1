/**
 * Natural-language understanding: text normalization and intent classification behind our own interface.
 */
package com.clinicfaq.chatbot.nlu;
