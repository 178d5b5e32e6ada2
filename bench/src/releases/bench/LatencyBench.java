package releases.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import releases.UserException;
import releases.search.SearchRequest;
import releases.search.Searcher;

/**
 * In-process query latency over one warm searcher, per query class: p50 and p99 of full searches (ten hits with
 * snippets, exact totals; one class without the page of hits), each class rotating over several queries so that no single cached answer is timed.
 * Run by bench/run (compiled there against the built jar); not part of the Maven build.
 */
public final class LatencyBench {

  private static final String QUOTES = "quotes by official";
  private static final String COUNTS_ONLY = "phrase+facet state, counts only";

  private LatencyBench() {}

  public static void main(String[] args) throws IOException {
    Path index = null;
    int iterations = 300;
    List<String> officials = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> index = Path.of(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--official" -> officials.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (index == null) {
      throw new IllegalArgumentException("usage: LatencyBench --index DIR [--iterations N] [--official NAME]...");
    }
    Map<String, List<SearchRequest>> classes = classes(officials);
    try (Searcher searcher = Searcher.open(index)) {
      // Warm-up: every query several times, so that the JIT and the OS page cache are hot before timing.
      for (int round = 0; round < 5; round++) {
        for (var it = classes.entrySet().iterator(); it.hasNext(); ) {
          Map.Entry<String, List<SearchRequest>> e = it.next();
          try {
            for (SearchRequest r : e.getValue()) {
              run(searcher, e.getKey(), r);
            }
          } catch (UserException ue) {
            // A class the index cannot answer (e.g. an official the extractor names differently) is left out.
            System.err.println("LatencyBench: skipping " + e.getKey() + ": " + ue.getMessage());
            it.remove();
          }
        }
      }
      System.out.println("class\tp50_ms\tp99_ms\tmean_total");
      for (Map.Entry<String, List<SearchRequest>> e : classes.entrySet()) {
        List<SearchRequest> requests = e.getValue();
        double[] ms = new double[iterations];
        long totals = 0;
        for (int i = 0; i < iterations; i++) {
          SearchRequest r = requests.get(i % requests.size());
          long t = System.nanoTime();
          totals += run(searcher, e.getKey(), r);
          ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s\t%.2f\t%.2f\t%d%n", e.getKey(), ms[iterations / 2],
            ms[Math.min(iterations - 1, (int) Math.ceil(iterations * 0.99) - 1)], totals / iterations);
      }
    }
  }

  /** One search of its class; quote lookups go through the quote index, as {@code releases quotes --by} does. */
  private static long run(Searcher searcher, String kind, SearchRequest r) throws IOException {
    return kind.equals(QUOTES) ? searcher.quotes(r).total() : searcher.search(r).total();
  }

  private static Map<String, List<SearchRequest>> classes(List<String> officials) {
    Map<String, List<SearchRequest>> m = new LinkedHashMap<>();
    m.put("term", of(q -> SearchRequest.query(q).build(),
        "fingerprints", "smuggling", "detention", "passport", "weapons", "counterfeit", "naturalization"));
    m.put("phrase", of(q -> SearchRequest.query(q).build(),
        "\"information sharing\"", "\"federal prison\"", "\"home country\"", "\"public safety\"",
        "\"immigration judge\"", "\"special agents\""));
    m.put("boolean", of(q -> SearchRequest.query(q).build(),
        "smuggling AND (weapons OR narcotics) NOT fraud", "detention OR deportation", "+passport -visa",
        "(fingerprints OR biometric) AND custody"));
    m.put("wildcard", of(q -> SearchRequest.query(q).build(), "immig*", "detent*", "fing*", "counterf*", "sm?ggling"));
    m.put("fuzzy", of(q -> SearchRequest.query(q).build(), "fingerprnts~", "smugling~", "detension~", "pasport~"));
    m.put("phrase+facet state", of(q -> SearchRequest.query(q).facet("state").build(),
        "\"information sharing\"", "\"federal prison\"", "\"home country\"", "\"public safety\""));
    // What FTS5's query is measured doing: the total and the counts by state, with no page of hits to show.
    m.put(COUNTS_ONLY, of(q -> SearchRequest.query(q).facet("state").limit(0).build(),
        "\"information sharing\"", "\"federal prison\"", "\"home country\"", "\"public safety\""));
    m.put("term+date range", of(q -> SearchRequest.query(q).from(LocalDate.of(2010, 1, 1))
        .to(LocalDate.of(2011, 12, 31)).build(), "fingerprints", "smuggling", "detention", "passport"));
    if (!officials.isEmpty()) {
      m.put(QUOTES, of(name -> SearchRequest.query("").official(name).build(),
          officials.toArray(String[]::new)));
    }
    return m;
  }

  private static List<SearchRequest> of(Function<String, SearchRequest> make, String... queries) {
    return Arrays.stream(queries).map(make).toList();
  }
}
