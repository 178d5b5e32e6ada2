package releases.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The answers to recent requests, least recently used dropped first. Correct because the backend reads one
 * index commit for the server's whole life: the same request always has the same answer.
 */
final class Memo<K, V> {

  private final Map<K, V> entries;

  Memo(int size) {
    this.entries = new LinkedHashMap<>(size * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }

  /** The remembered answer to {@code key}, or the one {@code compute} gives (outside the lock), remembered. */
  V get(K key, Callable<V> compute) throws IOException {
    synchronized (entries) {
      V v = entries.get(key);
      if (v != null) {
        return v;
      }
    }
    V v;
    try {
      v = compute.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
    synchronized (entries) {
      entries.put(key, v);
    }
    return v;
  }
}
