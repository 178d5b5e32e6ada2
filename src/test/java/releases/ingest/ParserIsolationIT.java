package releases.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as users run it: the parser libraries are not on its manifest's class path, a search loads
 * none of their classes, and every saved form is still read, through {@link ParserLoader}'s own class loader, into the
 * same records the test class path (where the libraries are visible) gives.
 */
class ParserIsolationIT {

  private static final Path JAR = Path.of("target/releases.jar");
  private static final Path FORMS = Path.of("src/test/resources/forms");

  @Test
  void theManifestLeavesTheParsersOut() throws IOException {
    String classPath;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
    }
    assertTrue(classPath.contains("lucene-core"), classPath);
    for (String parser : List.of("jsoup", "pdfbox", "poi", "mime4j", "jwarc", "commons-io")) {
      assertFalse(classPath.contains(parser), parser + " is on the manifest's class path: " + classPath);
    }
  }

  @Test
  void aSearchLoadsNoParserClass(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    assertEquals(0, run(tmp, "index", "--corpus", "seeds", "--index", index.toString()).code);
    Run search = run(tmp, List.of("-Xlog:class+load=info"), "search", "fingerprints",
        "--corpus", "seeds", "--index", index.toString(), "--format", "json");
    assertEquals(0, search.code, search.err);
    assertTrue(search.out.contains("\"total\":5"), search.out);
    for (String parser : List.of("jsoup", "pdfbox", "poi-", "mime4j", "jwarc", "releases.ingest.parse")) {
      assertFalse(search.out.contains(parser), parser + " was loaded by a search");
    }
  }

  @Test
  void everyFormIsReadThroughTheParsersOwnLoader(@TempDir Path tmp) throws Exception {
    Run export = run(tmp, List.of("-Xlog:class+load=debug:file=" + tmp.resolve("classes.log")), "export", "--corpus",
        FORMS.toString());
    assertEquals(0, export.code, export.err);
    List<JsonNode> records = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : export.out.split("\n")) {
      records.add(json.readTree(line));
    }
    List<String> formats = records.stream().map(r -> r.get("format").asText()).distinct().sorted().toList();
    assertEquals(List.of("doc", "docx", "eml", "html", "mbox", "odt", "pdf", "rtf", "text", "warc"), formats);
    for (JsonNode r : records) {
      if (!r.get("format").asText().equals("text")) {
        assertFalse(r.get("title").isNull(), r.get("id") + " has no title");
      }
    }
    // Each loaded class's line is followed by one that names its loader.
    List<String> classes = Files.readAllLines(tmp.resolve("classes.log"), StandardCharsets.UTF_8);
    for (String name : List.of("releases.ingest.parse.HtmlReader", "org.jsoup.Jsoup", "org.apache.pdfbox.Loader")) {
      int at = -1;
      for (int i = 0; i < classes.size() - 1 && at < 0; i++) {
        if (classes.get(i).contains(" " + name + " source:")) {
          at = i;
        }
      }
      assertTrue(at >= 0, name + " was not loaded");
      assertTrue(classes.get(at + 1).contains("ParserLoader$Isolated"), name + ": " + classes.get(at + 1));
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(Path tmp, String... args) throws IOException, InterruptedException {
    return run(tmp, List.of(), args);
  }

  private static Run run(Path tmp, List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
