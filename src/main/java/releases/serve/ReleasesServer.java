package releases.serve;

import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import releases.search.Backend;

/**
 * {@code releases serve}: the search page, the other pages and the JSON API over one backend, on Jetty. Built
 * without being started, so tests start it on port 0; it owns the backend and closes it.
 */
public final class ReleasesServer implements AutoCloseable {

  private final ServeConfig config;
  private final Index index;
  private final Server server;
  private final ServerConnector connector;

  public ReleasesServer(Backend backend, ServeConfig config) {
    this.config = config;
    this.index = new Index(backend, config.timeout());
    QueuedThreadPool threads = new QueuedThreadPool(128, 4);
    threads.setName("serve");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(Limits.HEADERS);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(30_000);
    server.addConnector(connector);
    server.setHandler(new Dispatch(Routes.of(index, new Assets()), new Guard(config.token())));
    server.setStopAtShutdown(false);
  }

  /** Starts listening, then warms the index in the background so the first page comes quickly. */
  public void start() throws Exception {
    server.start();
    Thread warm = new Thread(index::warm, "serve-warm");
    warm.setDaemon(true);
    warm.start();
  }

  /** Where it listens: {@code http://127.0.0.1:8080/}, with the port chosen when 0 was asked for. */
  public URI url() {
    String host = config.host().contains(":") && !config.host().startsWith("[") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  public boolean tokenRequired() {
    return config.token() != null;
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws IOException {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("stopping the server: " + e.getMessage(), e);
    } finally {
      index.close();
    }
  }
}
