package releases.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test of {@code releases serve} over a fixed pool of distinct pages of each kind, in two phases, each
 * with CLIENTS concurrent clients that send their next request as soon as the last one is answered. First every
 * page of the pool is fetched once (first visits: nothing remembered yet, the JIT still cold); then pages are drawn
 * at random from the pool for SECONDS. Each phase prints p50, p99 and max per kind and its errors (any status but
 * 200, or no answer). Usage: ServeLoad URL CLIENTS SECONDS SEED
 */
public final class ServeLoad {

  private static final String[] WORDS = {"fingerprints", "immigration", "detention", "\"information sharing\"",
      "\"secure communities\"", "fugitive", "sentenced", "removal", "biometric", "gang", "fraud", "smuggling",
      "investigation", "arrested", "counties", "program", "jail", "border", "\"public safety\"", "criminal aliens",
      "customs", "visa", "trafficking", "weapons", "narcotics", "laundering", "passport", "asylum", "worksite", "child"};
  private static final String[] STATES = {"Texas", "CA", "NY", "Florida", "AZ", "Missouri", "Ohio", "IL", "GA", "WA"};
  private static final String[] KINDS = {"search page", "search api", "release page", "quotes page", "official page",
      "officials page"};
  private static final int[] WEIGHTS = {50, 15, 15, 10, 8, 2};

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> ids = ids(http, base);
    List<String> names = names(http, base);
    Map<String, List<String>> pools = pools(new Random(seed), ids, names);
    long t = System.nanoTime();
    Result cold = run(http, base, pools, clients, 0);
    print(String.format(Locale.ROOT, "first visit of each page, %d clients, %.1f s", clients, (System.nanoTime() - t) / 1e9),
        cold, (System.nanoTime() - t) / 1e9);
    Result r = run(http, base, pools, clients, seconds);
    print(String.format(Locale.ROOT, "%d clients for %d s over the same pages", clients, seconds), r, seconds);
    System.exit(r.errors() + cold.errors() == 0 ? 0 : 1);
  }

  private static void print(String title, Result r, double seconds) {
    System.out.printf(Locale.ROOT, "%n%s: %,d requests (%,.0f/s), %d errors%n", title, r.total(), r.total() / seconds,
        r.errors());
    System.out.printf(Locale.ROOT, "%-15s %9s %6s %8s %7s %7s %7s%n", "kind", "requests", "errors", "distinct",
        "p50 ms", "p99 ms", "max ms");
    for (String kind : KINDS) {
      Stats s = r.byKind().get(kind);
      System.out.printf(Locale.ROOT, "%-15s %,9d %6d %8d %7.1f %7.1f %7.1f%n", kind, s.n(), s.errors, s.distinct,
          s.p(50), s.p(99), s.p(100));
    }
  }

  /** Distinct URLs of each kind, drawn from the index's own ids and officials so every one answers 200. */
  private static Map<String, List<String>> pools(Random rnd, List<String> ids, List<String> names) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("search page", distinct(rnd, 200, () -> "/?" + filters(rnd, true)));
    p.put("search api", distinct(rnd, 100, () -> "/api/search?facet=state,year&" + filters(rnd, true)));
    p.put("release page", distinct(rnd, 100, () -> "/release?id=" + enc(ids.get(rnd.nextInt(ids.size())))));
    p.put("quotes page", distinct(rnd, 50, () -> "/quotes?" + filters(rnd, false)));
    p.put("official page", distinct(rnd, Math.min(50, names.size()), () -> "/official?name=" + enc(names.get(rnd.nextInt(names.size())))));
    p.put("officials page", List.of("/officials"));
    return p;
  }

  private static String filters(Random rnd, boolean years) {
    StringBuilder sb = new StringBuilder("q=").append(enc(WORDS[rnd.nextInt(WORDS.length)]));
    if (rnd.nextInt(3) == 0) {
      sb.append("&state=").append(STATES[rnd.nextInt(STATES.length)]);
    }
    if (years && rnd.nextInt(3) == 0) {
      int y = 2005 + rnd.nextInt(14);
      sb.append("&from=").append(y).append("&to=").append(y);
    }
    return sb.toString();
  }

  private static List<String> distinct(Random rnd, int n, java.util.function.Supplier<String> make) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (int tries = 0; out.size() < n && tries < n * 50; tries++) {
      out.add(make.get());
    }
    return new ArrayList<>(out);
  }

  record Result(long total, long errors, Map<String, Stats> byKind) {}

  /** With {@code seconds} 0, one pass in which the clients share out every page of every pool once. */
  private static Result run(HttpClient http, URI base, Map<String, List<String>> pools, int clients, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    java.util.concurrent.ConcurrentLinkedQueue<String[]> once = new java.util.concurrent.ConcurrentLinkedQueue<>();
    if (seconds == 0) {
      List<String[]> all = new ArrayList<>();
      pools.forEach((kind, pool) -> pool.forEach(p -> all.add(new String[] {kind, p})));
      java.util.Collections.shuffle(all, new Random(3));
      once.addAll(all);
    }
    List<Map<String, Stats>> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Map<String, Stats> mine = new LinkedHashMap<>();
      for (String k : KINDS) {
        mine.put(k, new Stats());
      }
      all.add(mine);
      Random rnd = new Random(c * 7919L + 1);
      threads.add(Thread.ofPlatform().start(() -> {
        while (seconds == 0 ? !once.isEmpty() : System.nanoTime() < end) {
          String kind;
          String path;
          if (seconds == 0) {
            String[] next = once.poll();
            if (next == null) {
              break;
            }
            kind = next[0];
            path = next[1];
          } else {
            kind = pick(rnd);
            List<String> pool = pools.get(kind);
            path = pool.get(rnd.nextInt(pool.size()));
          }
          long t = System.nanoTime();
          boolean ok;
          try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding());
            ok = r.statusCode() == 200;
          } catch (Exception e) {
            ok = false;
          }
          double ms = (System.nanoTime() - t) / 1e6;
          mine.get(kind).add(ms, ok, path);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    Map<String, Stats> byKind = new LinkedHashMap<>();
    long total = 0;
    long errors = 0;
    for (String k : KINDS) {
      Stats s = Stats.merge(all.stream().map(m -> m.get(k)).toList());
      s.distinct = pools.get(k).size();
      byKind.put(k, s);
      total += s.n();
      errors += s.errors;
    }
    return new Result(total, errors, byKind);
  }

  private static String pick(Random rnd) {
    int n = rnd.nextInt(Arrays.stream(WEIGHTS).sum());
    for (int i = 0; i < KINDS.length; i++) {
      n -= WEIGHTS[i];
      if (n < 0) {
        return KINDS[i];
      }
    }
    return KINDS[0];
  }

  private static List<String> ids(HttpClient http, URI base) throws Exception {
    return values(get(http, base, "/api/search?limit=100&q=program"), "\"id\":\"([^\"]+)\"");
  }

  private static List<String> names(HttpClient http, URI base) throws Exception {
    return values(get(http, base, "/api/officials?limit=200"), "\"name\":\"([^\"]+)\"");
  }

  private static String get(HttpClient http, URI base, String path) throws Exception {
    HttpResponse<String> r = null;
    // The server warms its index at start; a page it is still working out answers 503 until it is ready.
    for (int tries = 0; tries < 12 && (r == null || r.statusCode() == 503); tries++) {
      r = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static List<String> values(String json, String regex) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Matcher m = Pattern.compile(regex).matcher(json);
    while (m.find()) {
      if (seen.add(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Latencies of one kind of request, in milliseconds. */
  static final class Stats {
    private double[] ms = new double[1024];
    private int n;
    long errors;
    int distinct;

    void add(double v, boolean ok, String path) {
      if (n == ms.length) {
        ms = Arrays.copyOf(ms, n * 2);
      }
      ms[n++] = v;
      if (!ok) {
        errors++;
      }
    }

    int n() {
      return n;
    }

    double p(int pct) {
      if (n == 0) {
        return Double.NaN;
      }
      double[] s = Arrays.copyOf(ms, n);
      Arrays.sort(s);
      return s[Math.min(n - 1, (int) Math.ceil(pct / 100.0 * n) - 1 < 0 ? 0 : (int) Math.ceil(pct / 100.0 * n) - 1)];
    }

    static Stats merge(List<Stats> parts) {
      Stats out = new Stats();
      for (Stats s : parts) {
        for (int i = 0; i < s.n; i++) {
          out.add(s.ms[i], true, null);
        }
        out.errors += s.errors;
      }
      return out;
    }
  }
}
