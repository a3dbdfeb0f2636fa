package com.broadsheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * One deployable of modules (Spring Modulith). {@code platform} (what runs the process)
 * and {@code web} (the HTTP edge) are shared: every module stands on them, so a module
 * test bootstraps them whatever the module under test uses.
 */
@SpringBootApplication
@Modulithic(systemName = "Broadsheet", sharedModules = { "platform", "web" })
public class BroadsheetApplication {

	public static void main(String[] args) {
		SpringApplication.run(BroadsheetApplication.class, args);
	}

}
