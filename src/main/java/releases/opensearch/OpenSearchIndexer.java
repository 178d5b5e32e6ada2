package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.extract.Outcome;
import releases.extract.Release;
import releases.index.Fields;
import releases.index.IndexReport;
import releases.index.IndexUpdater;
import releases.ingest.Corpus;

/**
 * Brings the OpenSearch indexes up to date with a corpus, as the embedded index is: new and changed files are
 * (re)indexed through the bulk API, unchanged ones skipped by content hash, removed ones deleted with their quotes.
 */
public final class OpenSearchIndexer {

  /** Releases per bulk request: big enough to amortise the round trip, small enough to stay a few megabytes. */
  private static final int BATCH = 200;

  private final Indexes indexes;
  private final int threads;
  private final IndexUpdater.Listener listener;

  public OpenSearchIndexer(Indexes indexes, int threads, IndexUpdater.Listener listener) {
    this.indexes = indexes;
    this.threads = Math.max(1, threads);
    this.listener = listener;
  }

  public IndexReport update(Corpus corpus, boolean rebuild) throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<Path> files = corpus.filesOrFail();
    if (rebuild || !indexes.current()) {
      indexes.recreate();
    }
    Map<String, String> known = hashes();
    try (Batch batch = new Batch(known.keySet())) {
      return run(corpus, files, known, batch, start);
    }
  }

  private IndexReport run(Corpus corpus, List<Path> files, Map<String, String> known, Batch batch, long start)
      throws IOException, InterruptedException {
    int[] counts = new int[3]; // indexed, unchanged, skipped
    new CorpusExtraction(corpus, threads, s -> !s.hash().equals(known.get(s.id()))).run(files, outcome -> {
      switch (outcome) {
        case Outcome.Extracted e -> {
          counts[0]++;
          e.source().notes().forEach(note -> listener.skipped(e.file(), note));
          batch.add(e.source().id(), e.releases(), e.source().hash());
        }
        case Outcome.Unchanged u -> counts[1]++;
        case Outcome.Skipped s -> {
          counts[2]++;
          listener.skipped(s.file(), s.reason());
          String id = corpus.idOf(s.file());
          if (known.containsKey(id)) {
            batch.remove(id);
          }
        }
      }
      listener.progress(counts[0] + counts[1] + counts[2], files.size());
    });
    Set<String> present = new HashSet<>();
    files.forEach(f -> present.add(corpus.idOf(f)));
    int removed = 0;
    for (String id : known.keySet()) {
      if (!present.contains(id)) {
        batch.remove(id);
        removed++;
      }
    }
    batch.finish();
    indexes.refresh();
    return new IndexReport(counts[0], counts[1], removed, counts[2], (System.nanoTime() - start) / 1_000_000);
  }

  /** The file id and content hash of every indexed release, paged in id order. */
  private Map<String, String> hashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode req = OpenSearchClient.object().put("size", 5000);
      req.putArray("_source").add(Fields.FILE).add(Fields.HASH);
      req.putArray("sort").addObject().put(Fields.ID, "asc");
      if (after != null) {
        req.set("search_after", after);
      }
      ArrayNode hits = (ArrayNode) indexes.client().call("POST", "/" + indexes.releases() + "/_search", req)
          .path("hits").path("hits");
      if (hits.isEmpty()) {
        return out;
      }
      hits.forEach(h -> out.put(h.path("_source").path(Fields.FILE).asText(), h.path("_source").path(Fields.HASH).asText()));
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  /** Releases to write and ids to drop, sent together once enough have gathered. */
  private final class Batch implements AutoCloseable {
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "opensearch-bulk");
      t.setDaemon(true);
      return t;
    });
    private Future<?> inFlight;
    private final Set<String> wasIndexed;
    private final List<String> stale = new ArrayList<>();
    private final StringBuilder bulk = new StringBuilder();
    private int releases;

    Batch(Set<String> wasIndexed) {
      this.wasIndexed = wasIndexed;
    }

    void add(String file, List<Release> fileReleases, String hash) {
      if (wasIndexed.contains(file)) {
        stale.add(file); // its old releases and quotes go first; the new text may hold fewer of either
      }
      for (Release r : fileReleases) {
        action("index", indexes.releases(), r.id(), Documents.release(r, file, hash));
        for (ObjectNode q : Documents.quotes(r, file)) {
          action("index", indexes.quotes(), q.path(Documents.KEY).asText(), q);
        }
      }
      if (++releases >= BATCH) {
        flush();
      }
    }

    void remove(String file) {
      stale.add(file);
      if (++releases >= BATCH) {
        flush();
      }
    }

    /** Hands what has gathered to the sender once the previous request is done: one bulk in flight while extraction goes on. */
    void flush() {
      List<String> drop = List.copyOf(stale);
      String actions = bulk.toString();
      stale.clear();
      bulk.setLength(0);
      releases = 0;
      await();
      if (!drop.isEmpty() || !actions.isEmpty()) {
        inFlight = sender.submit(() -> {
          if (!drop.isEmpty()) {
            deleteFiles(drop);
          }
          if (!actions.isEmpty()) {
            checkBulk(indexes.client().bulk(actions));
          }
          return null;
        });
      }
    }

    /** Sends the rest and waits for it. */
    void finish() {
      flush();
      await();
    }

    @Override
    public void close() {
      sender.shutdownNow();
    }

    private void await() {
      if (inFlight == null) {
        return;
      }
      try {
        inFlight.get();
      } catch (ExecutionException e) {
        switch (e.getCause()) {
          case IOException io -> throw new UncheckedIOException(io);
          case RuntimeException re -> throw re;
          default -> throw new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing into OpenSearch", e);
      } finally {
        inFlight = null;
      }
    }

    private void action(String op, String index, String id, ObjectNode doc) {
      ObjectNode meta = OpenSearchClient.object();
      meta.putObject(op).put("_index", index).put("_id", id);
      bulk.append(meta).append('\n');
      if (doc != null) {
        bulk.append(doc).append('\n');
      }
    }

    /** Drops every release and quote of these files, before their new documents are sent. */
    private void deleteFiles(Collection<String> files) throws IOException {
      ObjectNode req = OpenSearchClient.object();
      ArrayNode values = req.putObject("query").putObject("terms").putArray(Fields.FILE);
      files.forEach(values::add);
      String index = indexes.releases() + "," + indexes.quotes();
      indexes.client().call("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", req);
    }

    private void checkBulk(JsonNode res) {
      if (!res.path("errors").asBoolean()) {
        return;
      }
      for (JsonNode item : res.path("items")) {
        JsonNode result = item.elements().next();
        JsonNode error = result.path("error");
        boolean missingDelete = item.has("delete") && result.path("status").asInt() == 404;
        if (!error.isMissingNode() && !missingDelete) {
          throw UserException.failure("OpenSearch did not index " + result.path("_id").asText() + ": "
              + error.path("type").asText() + ": " + error.path("reason").asText());
        }
      }
    }
  }
}
