/** What console commands of other bundles share with the kim: commands: the logged-in caller. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package de.kim.shell;
