/** The documents an order's life produced, one row per Odoo fact: the idempotency record of 855, 856 and 810. */
package dev.tradehub.persistence.lifecycle;
