/** The database schema as Flyway migrations, one folder per database vendor, and the migrator that applies them. */
package dev.tradehub.persistence.schema;
