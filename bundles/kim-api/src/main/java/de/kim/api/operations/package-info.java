/**
 * Operating the platform: the read-only mode, online backups, health and readiness.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.kim.api.operations;
