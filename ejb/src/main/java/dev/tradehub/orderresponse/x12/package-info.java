/** The order response said in X12: the segments of an 855 (BAK, CUR, DTM, PO1, PID, ACK, CTT) with X12's codes. */
package dev.tradehub.orderresponse.x12;
