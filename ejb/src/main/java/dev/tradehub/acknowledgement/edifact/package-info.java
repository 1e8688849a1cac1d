/** Functional acknowledgements said in UN/EDIFACT: the segments of a CONTRL, with ISO 9735's codes. */
package dev.tradehub.acknowledgement.edifact;
