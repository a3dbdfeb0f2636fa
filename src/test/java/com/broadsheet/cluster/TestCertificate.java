package com.broadsheet.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1, made by the JDK's keytool when a test needs
 * TLS and written as the PEM files nginx reads; never committed, deleted on close.
 */
final class TestCertificate {

	private final Path directory;

	private final Certificate certificate;

	private TestCertificate(Path directory, Certificate certificate) {
		this.directory = directory;
		this.certificate = certificate;
	}

	static TestCertificate create(Path directory) throws IOException {
		Files.createDirectories(directory);
		Path keyStore = directory.resolve("edge.p12");
		String password = UUID.randomUUID().toString();
		keytool("-genkeypair", "-alias", "edge", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
				"-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
				"-storepass", password);
		try (InputStream in = Files.newInputStream(keyStore)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			PrivateKey key = (PrivateKey) store.getKey("edge", password.toCharArray());
			Certificate certificate = store.getCertificate("edge");
			Path keyFile = Files.createFile(directory.resolve("edge.key"),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()));
			Files.writeString(directory.resolve("edge.crt"), pem("CERTIFICATE", certificate.getEncoded()));
			Files.delete(keyStore);
			return new TestCertificate(directory, certificate);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Path certificateFile() {
		return directory.resolve("edge.crt");
	}

	Path keyFile() {
		return directory.resolve("edge.key");
	}

	/** TLS that trusts this certificate and nothing else. */
	SSLContext trustingIt() {
		try {
			KeyStore trusted = KeyStore.getInstance("PKCS12");
			trusted.load(null, null);
			trusted.setCertificateEntry("edge", certificate);
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trusted);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void delete() throws IOException {
		Files.deleteIfExists(keyFile());
		Files.deleteIfExists(certificateFile());
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private static void keytool(String... arguments) throws IOException {
		String[] command = new String[arguments.length + 1];
		command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
