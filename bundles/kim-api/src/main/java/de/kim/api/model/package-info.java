/**
 * Model types of the KIM platform: the directory (district, municipalities, offices, services) and
 * reference data (Rechtskreise, office kinds, topic areas).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.8.0")
package de.kim.api.model;
