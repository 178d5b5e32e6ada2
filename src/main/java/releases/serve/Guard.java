package releases.serve;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may read: everyone on a loopback server without a token; otherwise only a request carrying the token as
 * {@code Authorization: Bearer TOKEN}, or the session cookie the login form sets. Wrong tokens are answered ever
 * more slowly from the same address, so guessing one costs time.
 */
final class Guard {

  static final String COOKIE = "releases_session";

  private final byte[] token;
  private final String session;
  private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > 10_000;
    }
  };

  Guard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    // The cookie holds a keyed hash of the token, not the token itself; a new token ends every session.
    this.session = token == null ? null : hmac(token, "releases serve session");
  }

  boolean open() {
    return token == null;
  }

  /** Whether the request may be served; credentials that are present and wrong are counted and slowed down. */
  boolean admits(Call c) throws InterruptedException {
    if (open()) {
      return true;
    }
    String bearer = bearer(c.authorization());
    String cookie = cookie(c.cookie());
    if ((bearer != null && same(bearer.getBytes(StandardCharsets.UTF_8), token))
        || (cookie != null && same(cookie.getBytes(StandardCharsets.UTF_8), session.getBytes(StandardCharsets.UTF_8)))) {
      forgive(c.remote());
      return true;
    }
    if (bearer != null || cookie != null) {
      failed(c.remote());
    }
    return false;
  }

  /** The login form's token: the value of the session cookie to set, or null (counted and slowed) when wrong. */
  String login(String typed, String remote) throws InterruptedException {
    if (typed != null && same(typed.strip().getBytes(StandardCharsets.UTF_8), token)) {
      forgive(remote);
      return session;
    }
    failed(remote);
    return null;
  }

  /** Someone at this address knows the token: its earlier failures were typos. */
  private void forgive(String remote) {
    synchronized (failures) {
      if (!failures.isEmpty()) {
        failures.remove(remote);
      }
    }
  }

  /** Waits 0.25 s after the second failure from an address, doubling with each to at most 4 s. */
  private void failed(String remote) throws InterruptedException {
    int n;
    synchronized (failures) {
      n = failures.merge(remote, 1, Integer::sum);
    }
    if (n >= 2) {
      Thread.sleep(Math.min(4000L, 250L << Math.min(n - 2, 5)));
    }
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }

  private static String cookie(String header) {
    if (header == null) {
      return null;
    }
    for (String part : header.split(";")) {
      String p = part.strip();
      if (p.startsWith(COOKIE + "=")) {
        return p.substring(COOKIE.length() + 1);
      }
    }
    return null;
  }

  private static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  private static String hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
