/**
 * The curated intents: read once from the {@code intents/} folder, the source of truth for training and answers.
 */
package com.clinicfaq.chatbot.intents;
