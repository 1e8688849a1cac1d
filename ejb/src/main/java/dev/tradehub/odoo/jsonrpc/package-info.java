/**
 * The JSON-RPC external API (Odoo 16 to 21, deprecated in 19): {@code POST /jsonrpc}, {@code common.login} with
 * the API key as password to learn the uid, then {@code object.execute_kw [db, uid, key, model, method, args,
 * kwargs]}. Errors come back with HTTP 200 in {@code error.data}.
 */
package dev.tradehub.odoo.jsonrpc;
