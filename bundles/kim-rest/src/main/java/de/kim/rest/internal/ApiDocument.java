package de.kim.rest.internal;

/**
 * Constants for the OpenAPI annotations of the resources; the description itself is generated from
 * them at build time (swagger-maven-plugin) and merged with {@code src/main/openapi/base.yaml}.
 */
final class ApiDocument {
    /** Media type of every error body (RFC 9457). */
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ApiDocument() {
    }
}
