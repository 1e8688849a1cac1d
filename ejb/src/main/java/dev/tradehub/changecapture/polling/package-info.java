/**
 * Change capture at work: a timer per followed model polls Odoo through the cursor kept in the database, hands what
 * changed to the order's life ({@link dev.tradehub.lifecycle.OrderLifecycle}) and keeps the new cursor in the same
 * transaction; Odoo's webhooks are only hints that bring the next poll forward.
 */
package dev.tradehub.changecapture.polling;
