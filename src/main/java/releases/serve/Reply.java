package releases.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import releases.render.Json;

/** One response, built by a handler before anything is written: status, content type, headers and body. */
record Reply(int status, String type, Map<String, String> headers, byte[] body) {

  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply html(int status, String html) {
    return new Reply(status, "text/html; charset=utf-8", Map.of(), bytes(html));
  }

  static Reply html(String html) {
    return html(200, html);
  }

  static Reply json(int status, Object value) {
    return new Reply(status, "application/json; charset=utf-8", Map.of(), bytes(Json.toJson(value) + "\n"));
  }

  static Reply json(Object value) {
    return json(200, value);
  }

  /** A CSV file the browser saves as {@code name}. */
  static Reply csv(String csv, String name) {
    return new Reply(200, "text/csv; charset=utf-8", Map.of("Content-Disposition", "attachment; filename=\"" + name + "\""),
        bytes(csv));
  }

  static Reply asset(String type, byte[] body) {
    return new Reply(200, type, Map.of("Cache-Control", "max-age=300"), body);
  }

  /** 303 See Other: after a form post, the browser fetches {@code location} with GET. */
  static Reply redirect(String location) {
    return new Reply(303, "text/plain; charset=utf-8", Map.of("Location", location), new byte[0]);
  }

  Reply with(String header, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(header, value);
    return new Reply(status, type, h, body);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
