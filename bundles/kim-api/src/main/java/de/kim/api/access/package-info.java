/**
 * Who calls the core (caller, roles, scope), and the audit trail of every read and write of
 * personal data.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package de.kim.api.access;
