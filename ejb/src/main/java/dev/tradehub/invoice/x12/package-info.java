/** The invoice said in X12: an 810 (BIG, CUR, REF, N1, ITD, IT1, PID, TDS, TXI, CTT). */
package dev.tradehub.invoice.x12;
