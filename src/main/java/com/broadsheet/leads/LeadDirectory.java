package com.broadsheet.leads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.broadsheet.web.PageRequest;
import com.broadsheet.web.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads leads for the people allowed to see them. */
@Service
@Transactional(readOnly = true)
public class LeadDirectory {

	private final Leads leads;

	LeadDirectory(Leads leads) {
		this.leads = leads;
	}

	/** Newest first. */
	public ResultPage<Lead> newest(PageRequest page) {
		return new ResultPage<>(leads.newest(page.size(), page.offset()), page.number(), page.size(), leads.count());
	}

	/**
	 * @throws LeadNotFound if there is none
	 */
	public Lead get(UUID id) {
		return leads.findById(id).orElseThrow(() -> new LeadNotFound(id));
	}

	public long countSince(Instant since) {
		return leads.countSince(since);
	}

	/** Articles by the number of leads they brought in, most first. */
	public List<ArticleLeadCount> topArticles(int limit) {
		return leads.topArticles(limit);
	}

}
