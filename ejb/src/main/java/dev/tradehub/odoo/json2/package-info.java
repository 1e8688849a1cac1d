/**
 * The JSON-2 external API of Odoo 19+: {@code POST /json/2/<model>/<method>} with a bearer API key, named arguments
 * in, the bare return value out, errors as HTTP status + {@code {name, message, arguments, context, debug}}.
 */
package dev.tradehub.odoo.json2;
