/**
 * End-to-end tests: the packaged EAR deployed on a Payara Server provisioned from Maven Central, driven over HTTP
 * like a partner and an operator would, with the Odoo emulator standing in for Odoo.
 */
package dev.tradehub.e2e;
