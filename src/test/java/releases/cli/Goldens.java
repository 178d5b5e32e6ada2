package releases.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import releases.extract.Extractor;
import releases.render.Json;

/** The fixture releases under test resources and their expected records, as export prints them. */
final class Goldens {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> PROVENANCE = List.of("format", "source_url", "captured");

  /** One fixture: its id (path below fixtures/, without extension), its text file and its golden file. */
  record Case(String id, Path fixture, Path golden) {
    @Override
    public String toString() {
      return id;
    }

    JsonNode expected() {
      try {
        return JSON.readTree(golden.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The record the extractor makes of the fixture, through the same JSON writer as {@code releases export}. */
    JsonNode actual() {
      try {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        String json = Json.toJson(RecordJson.of(Extractor.extract(id, "fixtures/" + id + ".txt", text)));
        ObjectNode record = (ObjectNode) JSON.readTree(json);
        // A text fixture's provenance is always that of a text file; the saved-form goldens check provenance.
        PROVENANCE.forEach(record::remove);
        return record;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Goldens() {}

  static List<Case> all() throws IOException, URISyntaxException {
    Path fixtures = Path.of(Goldens.class.getResource("/fixtures").toURI());
    Path goldens = Path.of(Goldens.class.getResource("/golden").toURI());
    try (Stream<Path> walk = Files.walk(fixtures)) {
      return walk.filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(p -> {
            String rel = fixtures.relativize(p).toString().replace('\\', '/');
            String id = rel.substring(0, rel.length() - 4);
            return new Case(id, p, goldens.resolve(id + ".json"));
          })
          .toList();
    }
  }
}
