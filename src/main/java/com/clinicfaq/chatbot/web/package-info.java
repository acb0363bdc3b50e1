/**
 * The HTTP edge: functional routes, the JSON wire format and RFC 7807 problem details.
 */
package com.clinicfaq.chatbot.web;
