package com.broadsheet.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import com.broadsheet.web.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded images, stored in PostgreSQL under the SHA-256 of their bytes. The type is
 * decided by the bytes themselves (PNG, JPEG, GIF, WebP); anything else, SVG included (it
 * can carry script), is refused.
 */
@Service
public class MediaLibrary {

	private final JdbcClient jdbc;

	private final long maxSize;

	MediaLibrary(JdbcClient jdbc, MediaProperties properties) {
		this.jdbc = jdbc;
		this.maxSize = properties.maxSize().toBytes();
	}

	/** The largest image accepted. */
	public DataSize maxSize() {
		return DataSize.ofBytes(maxSize);
	}

	/**
	 * Stores the image (again storing the same bytes is a no-op).
	 * @throws InvalidInput (422, field {@code image}) for an empty, oversized or
	 * unrecognised file
	 */
	@Transactional
	public Media store(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw InvalidInput.of("image", "Choose an image file.");
		}
		if (bytes.length > maxSize) {
			throw InvalidInput.of("image",
					"The image is larger than " + DataSize.ofBytes(maxSize).toMegabytes() + " MB.");
		}
		String type = detect(bytes);
		if (type == null) {
			throw InvalidInput.of("image", "Only PNG, JPEG, GIF and WebP images can be uploaded.");
		}
		String sha = sha256(bytes);
		jdbc.sql("""
				insert into media (sha256, content_type, size_bytes, bytes) values (?, ?, ?, ?)
				on conflict (sha256) do nothing
				""").params(sha, type, bytes.length, bytes).update();
		return new Media(sha, type, bytes.length);
	}

	/** The bytes and type of a stored image. */
	public record Stored(Media media, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	public Optional<Stored> find(String sha256) {
		return jdbc.sql("select sha256, content_type, size_bytes, bytes from media where sha256 = ?")
			.param(sha256)
			.query((rs, row) -> new Stored(new Media(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getBytes(4)))
			.optional();
	}

	/** Magic numbers of the accepted formats. */
	static String detect(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
				&& b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
			return "image/png";
		}
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
				&& b[5] == 'a') {
			return "image/gif";
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	static String extension(String contentType) {
		return switch (contentType) {
			case "image/png" -> "png";
			case "image/jpeg" -> "jpg";
			case "image/gif" -> "gif";
			case "image/webp" -> "webp";
			default -> "bin";
		};
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
