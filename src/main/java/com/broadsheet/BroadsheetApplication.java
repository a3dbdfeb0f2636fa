package com.broadsheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BroadsheetApplication {

	public static void main(String[] args) {
		SpringApplication.run(BroadsheetApplication.class, args);
	}

}
