/** The invoice said in UN/EDIFACT: an INVOIC (BGM 380/381, PAT, LIN, MOA, TAX and the summary section). */
package dev.tradehub.invoice.edifact;
