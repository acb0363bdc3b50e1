/**
 * The safety screen: runs before classification on every message, with curated rules kept as data in
 * {@code intents/safety/}, and decides whether it is urgent, mentions self-harm, asks for personal medical advice or
 * asks for ketamine outside medical care.
 */
package com.clinicfaq.chatbot.safety;
