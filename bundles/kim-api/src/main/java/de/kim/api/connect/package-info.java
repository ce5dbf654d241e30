/**
 * Connectors for integrators: signed webhooks and {@link de.kim.api.spi.Connector}s fed from a
 * transactional outbox, the import of existing client and case lists (CSV, XLSX), and the export of
 * aggregated figures to the state's KIM database.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.kim.api.connect;
