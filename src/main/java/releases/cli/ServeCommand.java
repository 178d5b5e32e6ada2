package releases.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.search.Backend;
import releases.serve.ReleasesServer;
import releases.serve.ServeConfig;

/** {@code releases serve}: the search page and JSON API over the index, until stopped. */
final class ServeCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "serve",
      "Serve a search page and a JSON API over the index (read-only).",
      "Binds to 127.0.0.1 unless --host says otherwise; any other address needs a token",
      "(--token or RELEASES_TOKEN), which every page and API call must then carry.");

  ServeCommand() {
    spec.addOption(Specs.value("--port", "PORT", int.class, "8080", "Port to listen on; 0 picks a free one "
        + "(default: ${DEFAULT-VALUE}).").build());
    spec.addOption(Specs.value("--host", "ADDRESS", String.class, "127.0.0.1",
        "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for every interface, which needs a token.").build());
    spec.addOption(Specs.value("--token", "TOKEN", String.class, null,
        "Access token, at least 12 characters (default: RELEASES_TOKEN). Prefer the variable: options show in ps.")
        .build());
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    String token = Specs.get(spec, "--token");
    ServeConfig config = new ServeConfig(Specs.get(spec, "--host"), Specs.get(spec, "--port"),
        token != null ? token : System.getenv("RELEASES_TOKEN"), ServeConfig.DEFAULT_TIMEOUT);
    long started = System.nanoTime();
    Backend backend = OpenBackend.open(spec);
    ReleasesServer server = new ReleasesServer(backend, config);
    try {
      server.start();
    } catch (java.io.IOException e) {
      server.close();
      throw UserException.failure("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (java.io.IOException e) {
        // Stopping anyway.
      }
    }));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("releases: serving %s (ready in %d ms%s; Ctrl-C stops)%n", server.url(),
        (System.nanoTime() - started) / 1_000_000, server.tokenRequired() ? ", token required" : "");
    out.flush();
    server.join();
    return ExitCode.OK;
  }
}
