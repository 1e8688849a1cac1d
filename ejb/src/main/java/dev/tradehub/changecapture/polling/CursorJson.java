package dev.tradehub.changecapture.polling;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The reported writes of a cursor as stored: {@code {"25": "2026-12-01T19:15:36", ...}}. */
final class CursorJson {

    private CursorJson() {
    }

    static String write(Map<Long, LocalDateTime> reported) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(reported).forEach((id, written) -> object.add(Long.toString(id), written.toString()));
        return object.build().toString();
    }

    static Map<Long, LocalDateTime> read(String json) {
        Map<Long, LocalDateTime> reported = new HashMap<>();
        if (json == null || json.isBlank()) {
            return reported;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                reported.put(Long.parseLong(entry.getKey()),
                        LocalDateTime.parse(((JsonString) entry.getValue()).getString()));
            }
        }
        return reported;
    }
}
