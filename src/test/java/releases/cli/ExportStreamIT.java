package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With copies and boilerplate switched off, {@code export} prints each record as its file is read: the same records,
 * in the same order, with the same skip lines, less {@code copies} and {@code paragraphs}. The switches are read
 * once per JVM, so the packaged jar runs in a process of its own each way.
 */
class ExportStreamIT {

  @Test
  void theStreamedRecordsAreTheSpooledOnesWithoutCopiesAndParagraphs(@TempDir Path tmp) throws Exception {
    String[] export = {"export", "--corpus", "src/test/resources/forms"};
    String[] full = run(tmp, List.of(), export);
    String[] plain = run(tmp, List.of("-Dreleases.copies=off", "-Dreleases.boilerplate=off"), export);
    assertEquals(full[1], plain[1], "the same files skipped, with the same reasons");
    assertTrue(full[1].contains("skipped"), full[1]);
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> spooled = new ArrayList<>();
    for (String line : full[0].split("\n")) {
      ObjectNode o = (ObjectNode) json.readTree(line);
      assertTrue(o.has("copies") && o.has("paragraphs"), line);
      o.remove(List.of("copies", "paragraphs"));
      spooled.add(o);
    }
    List<ObjectNode> streamed = new ArrayList<>();
    for (String line : plain[0].split("\n")) {
      ObjectNode o = (ObjectNode) json.readTree(line);
      assertFalse(o.has("copies") || o.has("paragraphs"), line);
      streamed.add(o);
    }
    assertEquals(35, streamed.size());
    assertEquals(spooled, streamed);
  }

  /** The packaged jar's stdout and stderr. */
  private static String[] run(Path tmp, List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", "target/releases.jar"));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertEquals(0, p.waitFor(), Files.readString(err));
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }
}
