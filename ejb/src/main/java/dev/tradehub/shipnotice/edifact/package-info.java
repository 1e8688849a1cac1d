/** The ship notice said in UN/EDIFACT: a DESADV with its consignment and line levels (CPS, LIN). */
package dev.tradehub.shipnotice.edifact;
