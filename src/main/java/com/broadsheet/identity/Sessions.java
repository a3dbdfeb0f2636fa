package com.broadsheet.identity;

import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The signed-in sessions of an account, wherever they live (Redis or PostgreSQL), so an
 * editor can sign out on every device at once, and a password change ends every other
 * session.
 */
@Service
public class Sessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/**
	 * Ends every session of the account except those in {@code keep}.
	 * @return how many sessions were ended
	 */
	public int signOut(String email, Set<String> keep) {
		FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
		if (sessions == null) {
			return 0;
		}
		Map<String, ? extends Session> found = sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!keep.contains(id)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
