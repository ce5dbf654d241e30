package de.kim.rest.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key that signs the platform's own tokens. Without a file, a new key per start (a restart ends every
 * token). With {@code token.key.file}, the key in that file (a JWK): several nodes that share it accept each
 * other's tokens, so a load balancer may send each request anywhere. A missing file is made by the first node
 * that starts (readable by its owner only); one written at the same moment by another node wins and is read.
 */
final class TokenKey {
    private TokenKey() {
    }

    static RSAKey fresh() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("no RSA key could be made for tokens", e);
        }
    }

    static RSAKey of(String file) {
        if (file == null || file.isBlank()) {
            return fresh();
        }
        Path path = Paths.get(file.strip());
        try {
            if (!Files.exists(path)) {
                write(path, fresh());
            }
            RSAKey key = RSAKey.parse(Files.readString(path, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("the token key " + path + " has no private part");
            }
            return key;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the token key " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A new key; with a key file, written there in place of the old one (the other nodes of a cluster read it at
     * their next start or configuration of {@code token.key.file}).
     */
    static RSAKey rotate(String file) {
        RSAKey next = fresh();
        if (file != null && !file.isBlank()) {
            Path path = Paths.get(file.strip());
            try {
                Path parent = path.toAbsolutePath().getParent();
                Path temporary = Files.createTempFile(parent, ".token-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, next.toJSONString(), StandardCharsets.UTF_8);
                Files.move(temporary, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new IllegalStateException("the new token key cannot be written to " + path + ": "
                        + e.getMessage(), e);
            }
        }
        return next;
    }

    private static void write(Path path, RSAKey key) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".token-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.createLink(path, temporary); // atomic, and never over another node's key
            } catch (FileAlreadyExistsException another) {
                // another node was first: its key is read
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
