/**
 * The safety screen: runs before classification on every message and decides whether it is urgent.
 */
package com.clinicfaq.chatbot.safety;
