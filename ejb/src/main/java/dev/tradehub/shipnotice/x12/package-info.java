/** The ship notice said in X12: an 856 with shipment, order and item levels (HL S/O/I). */
package dev.tradehub.shipnotice.x12;
