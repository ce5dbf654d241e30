/** What several nodes on one database agree on: which node runs a background job (leases in the database). */
package de.kim.core.internal.cluster;
