/**
 * Service interfaces an extension bundle implements to contribute code: form validators, computed
 * indicators, procedure actions and connectors. Register them as OSGi services (Declarative
 * Services); the core binds and unbinds them while it runs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package de.kim.api.spi;
