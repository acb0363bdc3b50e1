/**
 * The append-only transcript: one JSON line per turn, one file per UTC day.
 */
package com.clinicfaq.chatbot.transcripts;
