/**
 * Service interfaces and exceptions of the KIM platform, for the platform's own edges (REST, console)
 * and for extension bundles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.6.0")
package de.kim.api;
