/** Partners' inventory advice (846, INVRPT) as stored: one report per partner and report id, its quantities. */
package dev.tradehub.persistence.inventory;
