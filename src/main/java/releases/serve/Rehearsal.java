package releases.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import releases.search.Searcher;

/**
 * One short serving session for the launcher's AOT training run: starts the server on a free loopback port over an
 * index, fetches each kind of page once and stops, so that the server's classes are in the start-up cache.
 */
public final class Rehearsal {

  private Rehearsal() {}

  /** Returns how many of the fetches did not answer 200. */
  public static int run(java.nio.file.Path index) throws Exception {
    int failed = 0;
    try (ReleasesServer server = new ReleasesServer(Searcher.open(index), ServeConfig.local(0))) {
      server.start();
      HttpClient http = HttpClient.newHttpClient();
      for (String path : new String[] {"/", "/?q=fingerprints&state=MO", "/api/search?q=immigration&facet=state",
          "/quotes?by=Rapp", "/officials", "/static/app.css"}) {
        failed += get(http, server.url().resolve(path)) == 200 ? 0 : 1;
      }
    }
    return failed;
  }

  private static int get(HttpClient http, URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
