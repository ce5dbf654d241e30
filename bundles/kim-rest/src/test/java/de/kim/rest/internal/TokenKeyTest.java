package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes with one key file accept each other's tokens; without a file each start has its own key. */
class TokenKeyTest {

    @Test
    void nodesSharingAKeyFileAcceptEachOthersTokens(@TempDir Path etc) throws Exception {
        Path file = etc.resolve("kim-token-key.json");
        Tokens first = new Tokens(TokenKey.of(file.toString()), Duration.ofMinutes(5), "", "", "roles");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Tokens second = new Tokens(TokenKey.of(file.toString()), Duration.ofMinutes(5), "", "", "roles");
        String token = first.issue("cm.sundern", List.of("KIM_CASE_MANAGER", "05958044"), java.time.Instant.now());
        assertEquals("cm.sundern", second.verify(token).subject());

        Tokens alone = new Tokens(TokenKey.of(""), Duration.ofMinutes(5), "", "", "roles");
        assertNull(alone.verify(token), "another key refuses the token");
        assertNotEquals(TokenKey.of("").getKeyID(), TokenKey.of("").getKeyID());
    }

    @Test
    void aFileWithoutThePrivateKeyIsRefused(@TempDir Path etc) throws Exception {
        Path file = etc.resolve("public.json");
        Files.writeString(file, TokenKey.fresh().toPublicJWK().toJSONString());
        assertThrows(IllegalStateException.class, () -> TokenKey.of(file.toString()));
    }
}
