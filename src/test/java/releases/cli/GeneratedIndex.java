package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** A corpus written by {@code releases generate} and its index, built once per test class that needs one. */
public record GeneratedIndex(Path corpus, Path index) {

  /** Generates {@code docs} releases with {@code seed} under {@code dir}/corpus and indexes them into {@code dir}/index. */
  public static GeneratedIndex build(Path dir, int docs, long seed) {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    CliRunner g = CliRunner.run("generate", "--docs", String.valueOf(docs), "--out", corpus.toString(),
        "--seed", String.valueOf(seed));
    assertEquals(0, g.code(), g.err());
    CliRunner i = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, i.code(), i.err());
    return new GeneratedIndex(corpus, index);
  }

  /** Runs a command with {@code --index} pointing at this index. */
  public CliRunner run(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--index";
    all[args.length + 1] = index.toString();
    return CliRunner.run(all);
  }

  /** Runs a command that must succeed against this index and reads what it printed as JSON. */
  public JsonNode json(String... args) throws IOException {
    CliRunner r = run(args);
    assertEquals(0, r.code(), r.err());
    return new ObjectMapper().readTree(r.out());
  }
}
