/** The database schema as versioned migrations, applied before the database is handed to JPA. */
package de.kim.schema.internal;
