/** The portal's orders page: one timeline per purchase order, paged in the database by {@code OrderTimelines}. */
package dev.tradehub.web.portal.orders;
