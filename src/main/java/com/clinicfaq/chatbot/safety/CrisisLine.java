package com.clinicfaq.chatbot.safety;

/**
 * One crisis resource offered in an urgent reply, for example the 988 Suicide &amp; Crisis Lifeline.
 *
 * @param name the service's name
 * @param contact how to reach it (a number, "call or text 988")
 * @param when when to use it
 */
public record CrisisLine(String name, String contact, String when) {
}
