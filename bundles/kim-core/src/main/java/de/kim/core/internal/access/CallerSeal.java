package de.kim.core.internal.access;

import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The core's proof that it issued a caller: an HMAC-SHA256 over user, roles and scope under a key made at start
 * and held in memory only. The core registers itself as the only judge of callers ({@link Caller#trust}); a caller
 * constructed anywhere else has no seal, or one that does not verify, and so no roles and no scope.
 */
public final class CallerSeal implements Caller.Issuer {
    private static final CallerSeal INSTANCE = new CallerSeal();

    static {
        Caller.trust(INSTANCE);
    }

    private final byte[] key = new byte[32];
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private CallerSeal() {
        new SecureRandom().nextBytes(key);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    /** {@code caller} as issued by the core. */
    public static Caller seal(Caller caller) {
        return new Caller(caller.user(), caller.claimedRoles(), caller.claimedMunicipality(), caller.claimedOfficeId(),
                caller.purpose(), INSTANCE.of(caller), caller.categories());
    }

    /**
     * {@code caller} (issued) for the code of an extension that declared {@code categories}: the same user, roles and
     * scope, and no data beyond those categories. An already narrowed caller keeps only what both allow.
     */
    public static Caller narrow(Caller caller, Set<de.kim.api.model.DataCategory> categories) {
        Set<de.kim.api.model.DataCategory> allowed = EnumSet.noneOf(de.kim.api.model.DataCategory.class);
        allowed.addAll(categories);
        if (caller.categories() != null) {
            allowed.retainAll(caller.categories());
        }
        return seal(new Caller(caller.user(), caller.claimedRoles(), caller.claimedMunicipality(),
                caller.claimedOfficeId(), caller.purpose(), null, allowed));
    }

    /** A caller for the platform's own job {@code task}, with full access. */
    public static Caller system(String task) {
        return seal(new Caller("system:" + task, Set.of(Role.SYSTEM), null, null, null));
    }

    /** Makes sure the core judges callers (the class is loaded and registered). */
    public static void register() {
        Caller.trust(INSTANCE);
    }

    /**
     * The caller this thread verified last: one request asks about its caller's roles and scope many times (for
     * every row of a list), and a record never changes, so the same instance is verified once.
     */
    private final ThreadLocal<Caller> verified = new ThreadLocal<>();

    @Override
    public boolean issued(Caller caller) {
        if (verified.get() == caller) {
            return true;
        }
        String seal = caller.seal();
        boolean issued = seal != null && MessageDigest.isEqual(seal.getBytes(StandardCharsets.US_ASCII),
                of(caller).getBytes(StandardCharsets.US_ASCII));
        if (issued) {
            verified.set(caller);
        }
        return issued;
    }

    private String of(Caller caller) {
        StringBuilder text = new StringBuilder(caller.user()).append('\u001f');
        Set<Role> roles = caller.claimedRoles();
        (roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)).forEach(r -> text.append(r.name()).append(','));
        text.append('\u001f').append(caller.claimedMunicipality()).append('\u001f').append(caller.claimedOfficeId());
        if (caller.categories() != null) {
            text.append('\u001f');
            (caller.categories().isEmpty() ? EnumSet.noneOf(de.kim.api.model.DataCategory.class)
                    : EnumSet.copyOf(caller.categories())).forEach(c -> text.append(c.name()).append(','));
        }
        return HexFormat.of().formatHex(macs.get().doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
