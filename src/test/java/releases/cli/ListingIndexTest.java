package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing page is indexed as one release per item, and replaced or removed whole when its file changes. */
class ListingIndexTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private static String item(String title, String city, String day) {
    return title + "\n\n" + city + ", Ore. - The harbor district said on " + day
        + " that crews finished the work on the Ostrand River ahead of the storm season, under budget.\n\n";
  }

  private List<String> ids() throws Exception {
    CliRunner r = CliRunner.run("search", "harbor", "--index", index.toString(), "--corpus", corpus.toString(),
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    List<String> ids = new ArrayList<>();
    for (JsonNode h : new ObjectMapper().readTree(r.out()).get("hits")) {
      ids.add(h.get("id").asText());
    }
    java.util.Collections.sort(ids);
    return ids;
  }

  private void index() {
    CliRunner r = CliRunner.run("index", "--corpus=" + corpus, "--index=" + index, "--threads=2");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void aChangedListingReplacesAllItsReleasesAndADeletedOneRemovesThem() throws Exception {
    Path page = corpus.resolve("harbor.txt");
    Files.writeString(page, "Harbor District News\n\n" + item("Ferry terminal opens at Quill Point", "FERRISPORT", "Monday")
        + item("Dune work finished on Brindle Beach", "ELSWICK", "Tuesday")
        + item("Lark Cove water tests come back clean", "OSTRAND", "Wednesday"));
    Files.writeString(corpus.resolve("single.txt"), item("Seawall repairs finished early", "PELLWORTH", "Friday"));
    index();
    assertEquals(List.of("harbor#1", "harbor#2", "harbor#3", "single"), ids());

    Files.writeString(page, "Harbor District News\n\n" + item("Ferry terminal opens at Quill Point", "FERRISPORT", "Monday")
        + item("Dune work finished on Brindle Beach", "ELSWICK", "Tuesday"));
    index();
    assertEquals(List.of("harbor#1", "harbor#2", "single"), ids());

    CliRunner byId = CliRunner.run("search", "id:harbor#2", "--index", index.toString(), "--corpus",
        corpus.toString(), "--format", "json");
    assertEquals(1, new ObjectMapper().readTree(byId.out()).get("total").asInt(), byId.err());

    Files.delete(page);
    index();
    assertEquals(List.of("single"), ids());
  }
}
