package id.sakip.commons.http;

import id.sakip.commons.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entity tags for optimistic locking ({@code If-Match}) and cheap polling ({@code If-None-Match}). */
public final class ETags {

    private ETags() {
    }

    /** The tag of a versioned resource: its JPA {@code @Version}. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A tag derived from content, for computed resources such as the Kanwil pull. */
    public static EntityTag ofContent(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks an update's {@code If-Match} against the current version: 428 when missing, 412 when stale.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the ETag you read, to avoid lost updates");
        }
        String expected = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.replace("\"", "").equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The resource was changed by someone else (current ETag \""
                + expected + "\"); read it again and reapply your change");
    }

    /** True when {@code If-None-Match} names the current tag, so the answer can be 304. */
    public static boolean notModified(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.replace("\"", "").equals(current.getValue())) {
                return true;
            }
        }
        return false;
    }
}
