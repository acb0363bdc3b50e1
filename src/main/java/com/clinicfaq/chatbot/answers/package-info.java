/**
 * Composes what the visitor reads: curated answers, clarifying questions and handoff prompts, each with its disclaimer.
 */
package com.clinicfaq.chatbot.answers;
