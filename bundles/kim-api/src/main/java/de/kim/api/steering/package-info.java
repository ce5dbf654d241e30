/**
 * The steering half of KIM (Baustein 1 and the district's fields of action): needs assessment per
 * municipality, staff posts and caseloads, indicators side by side and over time, monitoring snapshots,
 * the steering group's meetings and decisions, and the evaluation report.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.kim.api.steering;
