package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.identity.ApiTokenView;
import com.broadsheet.identity.IssuedToken;

/**
 * Model of {@code admin/tokens.jte}.
 *
 * @param issued a token created just now, whose secret is shown this once; or
 * {@code null}
 */
public record TokenList(AdminChrome chrome, List<ApiTokenView> tokens, IssuedToken issued, String error) {
}
