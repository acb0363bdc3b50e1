/**
 * The conversation core: safety screen, then classification, then the routing policy, then the composed reply.
 */
package com.clinicfaq.chatbot.chat;
