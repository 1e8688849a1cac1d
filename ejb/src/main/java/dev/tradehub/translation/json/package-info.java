/**
 * The translator for canonical orders sent as JSON ({@code application/json}): the public field names of the
 * canonical model, validated with the same error categories as EDI, each error located by a JSON path.
 */
package dev.tradehub.translation.json;
