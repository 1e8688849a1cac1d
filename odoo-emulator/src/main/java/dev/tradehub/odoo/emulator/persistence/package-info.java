/**
 * Keeping the emulator's database in a folder ({@link dev.tradehub.odoo.emulator.persistence.DataDir}): a snapshot
 * plus a write-ahead journal of the calls since. A package of its own so that the ORM knows nothing of files: it
 * only reports what each call changed ({@link dev.tradehub.odoo.emulator.orm.Changes}, through
 * {@link dev.tradehub.odoo.emulator.orm.Database#commitListener}) and applies changes back
 * ({@link dev.tradehub.odoo.emulator.orm.Database#apply}).
 */
package dev.tradehub.odoo.emulator.persistence;
