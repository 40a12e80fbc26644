package dev.pip.rules.internal;

import dev.pip.core.Policy;
import dev.pip.core.PolicyParameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 fingerprints of a rule set: over its files' names and texts, then with a policy. */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** The digest of the rule files, in name order so that file order does not matter. */
    public static String ofRules(List<RuleFile> files) {
        MessageDigest sha = sha256();
        files.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(f -> {
            sha.update(f.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(f.text().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The fingerprint of the rules under a policy: over the rules' digest and the policy's
     * {@linkplain PolicyParameter#canonical canonical text}, a stable format of its own.
     */
    public static String of(String rulesDigest, Policy policy) {
        MessageDigest sha = sha256();
        sha.update(rulesDigest.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(PolicyParameter.canonical(policy).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
