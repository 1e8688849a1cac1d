/**
 * The trading partner registry as the application sees it: resolving the partner that sent an interchange from
 * its envelope IDs, and maintaining partner profiles (IDs, standard, versions, Odoo customer, item
 * cross-references, unit codes) without code.
 */
package dev.tradehub.partner;
