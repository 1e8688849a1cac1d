/** Functional acknowledgements said in X12: the segments of a 997, a 999 and a TA1, with X12's codes. */
package dev.tradehub.acknowledgement.x12;
