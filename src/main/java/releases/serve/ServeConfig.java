package releases.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import releases.UserException;

/**
 * How the server listens and whom it lets in: the address and port, the access token (null on loopback without
 * one), and how long one search may run.
 */
public record ServeConfig(String host, int port, String token, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  public ServeConfig {
    if (host == null || host.isBlank()) {
      throw UserException.usage("--host needs an address, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65535) {
      throw UserException.usage("--port must be 0 to 65535, not " + port);
    }
    token = token == null || token.isBlank() ? null : token.strip();
    if (token != null && token.length() < 12) {
      throw UserException.usage("the token is too short: use at least 12 characters (e.g. `openssl rand -hex 16`)");
    }
    if (token == null && !loopback(host)) {
      throw UserException.usage("--host " + host + " is reachable from other machines: give a token with --token or "
          + "RELEASES_TOKEN (or serve on 127.0.0.1)");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout " + timeout);
    }
  }

  /** Loopback only, no token: the default. */
  public static ServeConfig local(int port) {
    return new ServeConfig("127.0.0.1", port, null, DEFAULT_TIMEOUT);
  }

  /** Whether {@code host} names this machine's loopback interface only, so that no other machine can connect. */
  static boolean loopback(String host) {
    String h = host.strip();
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // Literal addresses only: a name is not looked up, since what it resolves to may change.
      if (!h.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
        return false;
      }
      return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
