/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): its frame here, each edge
 * (visitor, staff, webhooks) describes its own routes.
 */
package com.clinicfaq.chatbot.apidocs;
