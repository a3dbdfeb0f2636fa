package com.broadsheet.web;

import java.util.List;

/**
 * The public routes one module serves (see {@link PublicRoute}); each module that serves
 * public pages declares a bean of this type, so no other module needs to know its URLs.
 */
@FunctionalInterface
public interface PublicRoutes {

	List<PublicRoute> routes();

}
