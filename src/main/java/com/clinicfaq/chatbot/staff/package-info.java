/**
 * Clinic staff: sign-in, transcript review, insights, teaching the bot new phrases, the audit log and retention.
 */
package com.clinicfaq.chatbot.staff;
