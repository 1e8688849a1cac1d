/** The database schema as Flyway migrations shared by H2 and PostgreSQL, and the migrator that applies them. */
package dev.tradehub.persistence.schema;
