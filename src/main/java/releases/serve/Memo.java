package releases.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * The answers to recent requests, least recently used dropped first; correct because the backend reads one index
 * commit for the server's whole life, so a request always has the same answer. A request asked again while its
 * answer is being found waits for that answer; one that outlasted a client's deadline is still kept when it comes.
 */
final class Memo<K, V> {

  private final Map<K, Future<V>> entries;
  private final Deadline deadline;

  Memo(int size, Deadline deadline) {
    this.deadline = deadline;
    this.entries = new LinkedHashMap<>(size * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Future<V>> eldest) {
        return size() > size;
      }
    };
  }

  V get(K key, Callable<V> work) throws IOException {
    Future<V> f;
    synchronized (entries) {
      f = entries.get(key);
      if (f == null) {
        f = deadline.submit(work);
        entries.put(key, f);
      }
    }
    try {
      return deadline.await(f);
    } catch (HttpError e) {
      throw e; // still running: kept for whoever asks next
    } catch (IOException | RuntimeException e) {
      // A failure (a bad query, a missing id) is not remembered: it costs little to find again.
      synchronized (entries) {
        entries.remove(key, f);
      }
      throw e;
    }
  }
}
