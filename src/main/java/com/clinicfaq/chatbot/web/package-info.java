/**
 * The HTTP edge: functional routes, the JSON wire format and RFC 9457 problem details.
 */
package com.clinicfaq.chatbot.web;
