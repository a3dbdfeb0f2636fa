package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.events.DeadLetter;

/** Model of {@code admin/dead-letters.jte}. */
public record DeadLetterList(AdminChrome chrome, List<DeadLetter> deadLetters) {
}
