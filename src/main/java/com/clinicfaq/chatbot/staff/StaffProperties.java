package com.clinicfaq.chatbot.staff;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff account and where staff actions are audited.
 *
 * @param username the staff user name ({@code STAFF_USERNAME})
 * @param password the staff password ({@code STAFF_PASSWORD}); when empty a random one is generated at start-up
 * @param auditLog the JSON-lines file that records staff actions
 */
@ConfigurationProperties("chatbot.staff")
public record StaffProperties(@DefaultValue("staff") String username, String password,
		@DefaultValue("audit/audit.jsonl") Path auditLog) {

	public boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

	/**
	 * Never prints the password.
	 */
	@Override
	public String toString() {
		return "StaffProperties[username=" + this.username + ", password=" + (hasPassword() ? "[set]" : "[generated]")
				+ ", auditLog=" + this.auditLog + "]";
	}

}
