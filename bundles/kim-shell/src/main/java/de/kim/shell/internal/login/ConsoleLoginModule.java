package de.kim.shell.internal.login;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * A console (SSH, bin/client) or JMX login: refused while the user or the address is locked, checked in the
 * realm {@code karaf}, counted in the shared lockout when the password is wrong, and recorded in the audit
 * trail either way. A public-key attempt that fails is not counted (SSH clients offer their keys before they
 * ask for a password), a wrong password is.
 */
public final class ConsoleLoginModule implements LoginModule {
    private Subject subject;
    private CallbackHandler handler;
    private String entry = "console";
    private String address;
    private String user;
    private Subject checked;
    private LoginContext delegate;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        for (ClientPrincipal client : subject.getPrincipals(ClientPrincipal.class)) {
            this.entry = client.getMethod() == null ? "console" : client.getMethod();
            this.address = host(client.getAddress());
        }
    }

    /** The host of {@code /127.0.0.1:52144}, as REST names a client address. */
    static String host(String socket) {
        if (socket == null) {
            return null;
        }
        String s = socket.startsWith("/") ? socket.substring(1) : socket;
        int colon = s.lastIndexOf(':');
        String host = colon > 0 ? s.substring(0, colon) : s;
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public boolean login() throws LoginException {
        ConsoleRealm realm = ConsoleRealm.active();
        if (realm == null) {
            throw new FailedLoginException("the KIM console login is not ready yet");
        }
        boolean password = askName();
        String action = entry.toUpperCase(java.util.Locale.ROOT) + " login";
        long locked = realm.lockout().lockedFor(user, address);
        if (locked > 0) {
            realm.audit().refused(user, action, "login locked after too many wrong passwords (user or address "
                    + address + "), " + TimeUnit.MILLISECONDS.toSeconds(locked + 999) + " s left");
            throw new FailedLoginException("too many wrong passwords for this user or from this address");
        }
        Subject inner = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ConsoleLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(ConsoleRealm.DELEGATE, inner, handler);
            context.login();
            this.delegate = context;
            this.checked = inner;
        } catch (LoginException e) {
            if (password) {
                realm.lockout().failed(user, address);
                realm.audit().refused(user, action, "wrong user name or password (from " + address + ")");
            }
            throw new FailedLoginException(password ? "user name or password is wrong" : "the key is not accepted");
        } finally {
            thread.setContextClassLoader(previous);
        }
        realm.lockout().succeeded(user);
        return true;
    }

    /** Reads the user name; whether this attempt carries a password (else a public key). */
    private boolean askName() throws LoginException {
        NameCallback name = new NameCallback("user");
        boolean password = true;
        try {
            handler.handle(new Callback[] {name, new PasswordCallback("password", false)});
        } catch (UnsupportedCallbackException e) {
            password = false;
            try {
                handler.handle(new Callback[] {name});
            } catch (IOException | UnsupportedCallbackException again) {
                throw new FailedLoginException("no user name: " + again.getMessage());
            }
        } catch (IOException e) {
            throw new FailedLoginException("no user name: " + e.getMessage());
        }
        if (name.getName() == null || name.getName().isBlank()) {
            throw new FailedLoginException("no user name");
        }
        this.user = name.getName();
        return password;
    }

    @Override
    public boolean commit() throws LoginException {
        if (checked == null) {
            return false;
        }
        subject.getPrincipals().addAll(checked.getPrincipals());
        subject.getPublicCredentials().addAll(checked.getPublicCredentials());
        ConsoleRealm realm = ConsoleRealm.active();
        if (realm != null) {
            Set<String> roles = checked.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            realm.audit().recorded(user, entry.toUpperCase(java.util.Locale.ROOT) + " login",
                    "from " + address + "; roles " + roles);
        }
        return true;
    }

    @Override
    public boolean abort() throws LoginException {
        return logout();
    }

    @Override
    public boolean logout() throws LoginException {
        if (checked != null) {
            subject.getPrincipals().removeAll(checked.getPrincipals());
            subject.getPublicCredentials().removeAll(checked.getPublicCredentials());
        }
        if (delegate != null) {
            delegate.logout();
        }
        checked = null;
        delegate = null;
        return true;
    }
}
