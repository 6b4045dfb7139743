package io.pitstop.common.runtime;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * RSA keys for signing access tokens. In dev and tests (and on the embedded local installation) a key pair is
 * generated on first start and kept beside the data, readable by its owner only; production brings its own key
 * through {@code PITSTOP_JWT_PRIVATE_KEY} or {@code PITSTOP_JWT_PRIVATE_KEY_FILE}.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    public record Pem(String privateKey, String publicKey) {
    }

    private SigningKeys() {
    }

    static synchronized Pem generatedIn(Path directory) {
        Path privateFile = directory.resolve("jwt-private.pem");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                var pair = generator.generateKeyPair();
                String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
                Files.writeString(privateFile, pem, StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the directory's own protection applies.
                }
                LOG.infof("Generated a new token signing key in %s", privateFile.toAbsolutePath());
            }
            String privatePem = Files.readString(privateFile, StandardCharsets.US_ASCII);
            return new Pem(privatePem, publicKeyOf(privatePem, null));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half, as PEM, of an RSA private key given inline or as a file. */
    public static String publicKeyOf(String privatePem, String privateFile) {
        try {
            String pem = privatePem != null ? privatePem : Files.readString(Path.of(privateFile));
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) parsePrivateKey(pem);
            var spec = new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent());
            return pem("PUBLIC KEY", KeyFactory.getInstance("RSA").generatePublic(spec).getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + privateFile, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The signing key is not an RSA private key in PKCS#8 PEM form", e);
        }
    }

    public static java.security.PrivateKey parsePrivateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

}
