/** The order response said in UN/EDIFACT: the segments of an ORDRSP (D96A, D01B) with UN/EDIFACT's codes. */
package dev.tradehub.orderresponse.edifact;
