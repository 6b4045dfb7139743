package io.pitstop.identity.service;

import io.pitstop.common.Digests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** High-entropy secrets (refresh tokens, client secrets) and their stored form, a SHA-256. */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newClientId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "pc_" + HexFormat.of().formatHex(bytes);
    }

    /** 256 random bits need no slow hash: SHA-256 cannot be brute-forced from that much entropy. */
    static String sha256(String secret) {
        return Digests.sha256Hex(secret);
    }

    static boolean sameHash(String secret, String expectedHash) {
        return MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
