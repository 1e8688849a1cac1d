/** What TradeHub remembers of its AS2 exchanges beyond the message log: Message-IDs, MICs and MDNs. */
package dev.tradehub.persistence.as2;
