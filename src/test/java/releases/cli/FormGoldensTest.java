package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import releases.extract.SourceReleases;
import releases.ingest.Source;
import releases.ingest.SourceReader;
import releases.render.Json;

/**
 * One folder per saved-form case under {@code forms/} (Readability's layout): the saved file {@code source.*} and
 * {@code expected.json}, the records {@code export} prints for it, compared whole. Run with
 * {@code -Dreleases.forms.write=true} to write the expected records afresh into the source tree, then read the diff.
 */
class FormGoldensTest {

  static final Path FORMS = Path.of("src/test/resources/forms");

  static List<Path> cases() throws Exception {
    try (Stream<Path> dirs = Files.list(FORMS)) {
      return dirs.filter(d -> Files.isDirectory(d) && !d.getFileName().toString().equals("texts")).sorted().toList();
    }
  }

  @Test
  void everyFormHasACase() throws Exception {
    List<String> names = cases().stream().map(p -> p.getFileName().toString().replaceAll("_.*", "")).distinct().toList();
    assertEquals(List.of("doc", "docx", "eml", "html", "mbox", "odt", "pdf", "rtf", "utf16", "warc", "xhtml"), names);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recordsMatchExpected(Path dir) throws Exception {
    Path source;
    try (Stream<Path> files = Files.list(dir)) {
      source = files.filter(f -> f.getFileName().toString().startsWith("source.")).findFirst().orElseThrow();
    }
    String name = dir.getFileName().toString();
    Source read = SourceReader.read(source, name);
    String shown = "forms/" + name + "/" + source.getFileName();
    String json = Json.toJson(RecordJson.all(SourceReleases.of(read, shown)));
    Path expected = dir.resolve("expected.json");
    if (Boolean.getBoolean("releases.forms.write")) {
      Files.writeString(expected, Goldens.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Goldens.JSON.readTree(json)) + "\n");
    }
    assertTrue(Files.isRegularFile(expected), "no " + expected);
    JsonNode want = Goldens.JSON.readTree(expected.toFile());
    JsonNode got = Goldens.JSON.readTree(json);
    assertEquals(want.toPrettyString(), got.toPrettyString(), name);
  }
}
