/** Who may use TradeHub: portal users, API tokens (their hashes) and the append-only audit log. */
package dev.tradehub.persistence.access;
