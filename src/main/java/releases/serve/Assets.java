package releases.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stylesheet and script, read from the jar once; a fixed list of names, so no request names a file. */
final class Assets {

  static final List<String> NAMES = List.of("app.css", "app.js");

  private final Map<String, Reply> replies = new HashMap<>();

  Assets() {
    for (String name : NAMES) {
      try (InputStream in = Assets.class.getResourceAsStream("/releases/serve/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource releases/serve/" + name);
        }
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        replies.put(name, Reply.asset(type, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Reply get(String name) {
    return replies.get(name);
  }
}
