package releases.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import releases.cli.CliRunner;
import releases.search.Searcher;

/**
 * A generated corpus plus the XSS fixture release, indexed once per test class, served on a free loopback port,
 * with a JDK HTTP client to call it.
 */
record ServeFixture(Path index, ReleasesServer server, HttpClient http) implements AutoCloseable {

  /** The id of the fixture release whose title and body hold markup and script. */
  static final String ATTACK = "xss/attack";

  static Path buildIndex(Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    CliRunner g = CliRunner.run("generate", "--docs", "300", "--out", corpus.toString(), "--seed", "11");
    assertEquals(0, g.code(), g.err());
    Files.createDirectories(corpus.resolve("xss"));
    try (InputStream in = ServeFixture.class.getResourceAsStream("/serve/attack.txt")) {
      Files.write(corpus.resolve("xss/attack.txt"), in.readAllBytes());
    }
    CliRunner i = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, i.code(), i.err());
    return index;
  }

  static ServeFixture start(Path index, ServeConfig config) throws Exception {
    ReleasesServer server = new ReleasesServer(Searcher.open(index), config);
    server.start();
    return new ServeFixture(index, server, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
  }

  static ServeFixture start(Path index) throws Exception {
    return start(index, ServeConfig.local(0));
  }

  URI uri(String pathAndQuery) {
    return server.url().resolve(pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Runs the command line against the same index, for answers to compare with. */
  CliRunner cli(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--index";
    all[args.length + 1] = index.toString();
    return CliRunner.run(all);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
