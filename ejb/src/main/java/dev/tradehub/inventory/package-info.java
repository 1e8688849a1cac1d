/**
 * Partners' inventory advice (X12 846, EDIFACT INVRPT): stored as canonical inventory reports, one per partner and
 * report id, and searchable by item and location. Nothing is written to Odoo.
 */
package dev.tradehub.inventory;
