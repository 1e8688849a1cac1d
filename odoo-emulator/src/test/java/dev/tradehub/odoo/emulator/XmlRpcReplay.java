package dev.tradehub.odoo.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The emulator has no XML-RPC endpoint. The capture's XML-RPC calls still changed the database the later files
 * refer to (two orders, a validated backorder, a failed create that used up an order id and number), so
 * an {@code execute_kw} transcript is replayed as the same call over JSON-RPC, and its result (or fault message) is
 * compared with the XML-RPC answer.
 */
final class XmlRpcReplay {
    private XmlRpcReplay() {
    }

    @SuppressWarnings("unchecked")
    static void replay(OdooEmulator emulator, String name, Map<String, Object> transcript) {
        Map<String, Object> req = (Map<String, Object>) transcript.get("request");
        Map<String, Object> res = (Map<String, Object>) transcript.get("response");
        Element call = parse(((String) req.get("body")).replace("<API_KEY>", emulator.apiKey()));
        String method = text(first(call, "methodName"));
        if (!req.get("path").equals("/xmlrpc/2/object") || !method.equals("execute_kw")) {
            throw new IllegalArgumentException(name + ": only execute_kw calls are replayed over JSON-RPC");
        }
        List<Object> args = new ArrayList<>();
        Element params = first(call, "params");
        for (Element param : children(params, "param")) {
            args.add(value(first(param, "value")));
        }
        Rpc.Reply reply = new Rpc(emulator).jsonrpc(Map.of("service", "object", "method", method, "args", args));
        Map<String, Object> answer = (Map<String, Object>) reply.json();
        Element response = parse((String) res.get("body"));
        Element fault = firstOrNull(response, "fault");
        if (fault == null) {
            Object expected = value(first(first(first(response, "params"), "param"), "value"));
            TranscriptReplay.assertSame(name, expected, answer.get("result"));
            return;
        }
        Map<String, Object> f = (Map<String, Object>) value(first(fault, "value"));
        Map<String, Object> error = (Map<String, Object>) answer.get("error");
        if (error == null) {
            throw new AssertionError(name + ": expected a fault, got " + reply.text());
        }
        Map<String, Object> data = (Map<String, Object>) error.get("data");
        int code = ((Number) f.get("faultCode")).intValue();
        if (code == 2) {
            // UserError, ValidationError, MissingError: the fault string is the message
            assertEquals(f.get("faultString"), data.get("message"), name + ": fault string");
        } else {
            assertEquals(code == 3 ? "odoo.exceptions.AccessDenied" : "odoo.exceptions.AccessError", data.get("name"), name);
        }
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("bad XML-RPC body: " + e.getMessage(), e);
        }
    }

    /** An XML-RPC {@code <value>} as JSON would carry it. */
    private static Object value(Element value) {
        List<Element> typed = children(value, null);
        if (typed.isEmpty()) {
            return text(value);
        }
        Element v = typed.get(0);
        switch (v.getTagName()) {
            case "int":
            case "i4":
                return Integer.valueOf(text(v).trim());
            case "boolean":
                return text(v).trim().equals("1");
            case "double":
                return Double.valueOf(text(v).trim());
            case "nil":
                return null;
            case "array": {
                List<Object> out = new ArrayList<>();
                for (Element item : children(first(v, "data"), "value")) {
                    out.add(value(item));
                }
                return out;
            }
            case "struct": {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Element member : children(v, "member")) {
                    out.put(text(first(member, "name")), value(first(member, "value")));
                }
                return out;
            }
            default:
                return text(v);
        }
    }

    private static String text(Element e) {
        return e.getTextContent();
    }

    private static Element first(Element parent, String tag) {
        Element e = firstOrNull(parent, tag);
        if (e == null) {
            throw new IllegalArgumentException("no <" + tag + "> in <" + parent.getTagName() + ">");
        }
        return e;
    }

    private static Element firstOrNull(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }
}
