package com.broadsheet.web;

import java.util.Collection;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Renders precompiled JTE templates (HTML auto-escaping on) to UTF-8 bytes. Pages are
 * produced as bytes rather than through a view resolver so that a rendered page can be
 * cached and served again without touching the template.
 */
@Component
public class Templates {

	public static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

	/**
	 * Renders {@code template} (path under {@code src/main/jte}) with its single
	 * parameter.
	 * @return the UTF-8 encoded output, never {@code null}
	 */
	public byte[] render(String template, Object model) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		engine.render(template, model, output);
		return output.toByteArray();
	}

	/** An HTML response with the given status, rendered now. */
	public ResponseEntity<byte[]> page(HttpStatusCode status, String template, Object model) {
		return ResponseEntity.status(status).contentType(HTML).body(render(template, model));
	}

	/**
	 * A public HTML page (200) that depends on the given surrogate keys, so caches can
	 * drop it when they change.
	 */
	public ResponseEntity<byte[]> publicPage(String template, Object model, Collection<String> surrogateKeys) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.header(SurrogateKeyHeader.NAME, SurrogateKeyHeader.of(surrogateKeys))
			.body(render(template, model));
	}

}
