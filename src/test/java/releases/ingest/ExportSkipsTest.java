package releases.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.cli.CliRunner;

class ExportSkipsTest {

  @TempDir Path corpus;

  @Test
  void exportReportsSkippedFilesOnStderrAndStillSucceeds() throws Exception {
    Files.createFile(corpus.resolve("a_empty.txt"));
    Files.write(corpus.resolve("b_binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 'x'});
    Files.writeString(corpus.resolve("c_good.txt"),
        "News Releases\n\nJune 2, 2008\n\nHeadline here\n\nCHICAGO - Officers in Cook County arrested 12 people.\n");
    CliRunner r = CliRunner.run("export", "--corpus", corpus.toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
    String[] errLines = r.err().strip().split("\n");
    assertEquals(2, errLines.length, r.err());
    assertEquals("skipped " + corpus.resolve("a_empty.txt").toAbsolutePath() + ": empty", errLines[0]);
    assertEquals("skipped " + corpus.resolve("b_binary.txt").toAbsolutePath() + ": not text", errLines[1]);
    assertFalse(r.err().contains("Exception"), r.err());
    String[] out = r.out().strip().split("\n");
    assertEquals(1, out.length, r.out());
    JsonNode record = new ObjectMapper().readTree(out[0]);
    assertEquals("c_good", record.get("id").asText());
    assertEquals("2008-06-02", record.get("date").asText());
    assertEquals("Illinois", record.get("state").asText());
    assertEquals("Cook", record.get("counties").get(0).get("county").asText());
    assertTrue(record.get("body").asText().startsWith("CHICAGO - "));
  }
}
