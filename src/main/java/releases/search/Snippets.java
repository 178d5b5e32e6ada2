package releases.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.DocIdSetIterator;
import releases.extract.Paragraphs;
import releases.index.Boilerplate;
import releases.index.Fields;

/**
 * Picks the best passages of each hit's body with the UnifiedHighlighter, re-analysing the stored text of the hits shown,
 * and prefers passages not already shown for an earlier hit on the page.
 */
final class Snippets extends UnifiedHighlighter {

  private static final int PASSAGES = 2;
  /** Releases repeat whole boilerplate paragraphs; a few spare candidates let each hit show what is its own. */
  private static final int CANDIDATES = 6;

  Snippets(IndexSearcher searcher) {
    super(UnifiedHighlighter.builder(searcher, Fields.HIGHLIGHT_ANALYZER)
        .withFormatter(new Format())
        .withBreakIterator(SentenceBreaks::new)
        .withMaxLength(100_000)
        .withPassageSortComparator(Comparator.comparingDouble(Passage::getScore).reversed()));
  }

  private Snippets(UnifiedHighlighter.Builder builder) {
    super(builder);
  }

  /**
   * The stored body of each hit without its boilerplate paragraphs, so that a snippet always comes from what the
   * release says of its own (a release that is all boilerplate has no snippet; its title still shows).
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<Integer> docs = new ArrayList<>();
    List<CharSequence[]> values = super.loadFieldValues(fields, recorded(docIter, docs), cacheCharsThreshold);
    int body = Arrays.asList(fields).indexOf(Fields.BODY);
    if (body >= 0) {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (int i = 0; i < docs.size(); i++) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs.get(i), leaves));
        LongHashSet common = Boilerplate.of(leaf.reader(), docs.get(i) - leaf.docBase);
        CharSequence text = values.get(i)[body];
        if (!common.isEmpty() && text != null) {
          values.get(i)[body] = ownText(text.toString(), common);
        }
      }
    }
    return values;
  }

  private static String ownText(String body, LongHashSet common) {
    StringBuilder sb = new StringBuilder(body.length());
    for (Paragraphs.Paragraph p : Paragraphs.of(body)) {
      if (!common.contains(p.fingerprint())) {
        sb.append(p.text()).append("\n\n");
      }
    }
    return sb.toString();
  }

  /** {@code in}, noting each document it steps to: the highlighter may stop early and call again for the rest. */
  private static DocIdSetIterator recorded(DocIdSetIterator in, List<Integer> docs) {
    return new DocIdSetIterator() {
      @Override
      public int docID() {
        return in.docID();
      }

      @Override
      public int nextDoc() throws IOException {
        return note(in.nextDoc());
      }

      @Override
      public int advance(int target) throws IOException {
        return note(in.advance(target));
      }

      private int note(int doc) {
        if (doc != NO_MORE_DOCS) {
          docs.add(doc);
        }
        return doc;
      }

      @Override
      public long cost() {
        return in.cost();
      }
    };
  }

  /**
   * A field's text is marked for the query's terms on the field and for its patterns on the field's words as
   * written ({@link Fields#BODY_WORDS}), which the highlighting analyzer yields beside the stems.
   */
  @Override
  protected Predicate<String> getFieldMatcher(String field) {
    String words = Fields.WORDS.get(field);
    return name -> name.equals(field) || name.equals(words);
  }

  /** Each of {@code docIds}'s whole {@code field}, with the query's matches marked (quotes are shown whole). */
  static List<Snippet> whole(IndexSearcher searcher, String field, Query query, int[] docIds) throws IOException {
    Snippets whole = new Snippets(UnifiedHighlighter.builder(searcher, Fields.HIGHLIGHT_ANALYZER)
        .withFormatter(new Format())
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(100_000));
    List<Snippet> out = new ArrayList<>(docIds.length);
    if (docIds.length == 0) {
      return out;
    }
    Object[] marked = whole.highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
    for (int i = 0; i < docIds.length; i++) {
      @SuppressWarnings("unchecked")
      List<Snippet> s = marked == null || marked[i] == null ? List.of() : (List<Snippet>) marked[i];
      out.add(s.isEmpty() ? null : s.getFirst());
    }
    return out;
  }

  /**
   * The snippets of each of {@code docIds}, in the same order. Reading and marking each body is most of a page's
   * cost, so the page is cut into one share per thread of {@code pool}; picking among candidates then runs in order.
   */
  List<List<Snippet>> of(Query query, int[] docIds, ExecutorService pool, int threads) throws IOException {
    if (docIds.length == 0) {
      return new ArrayList<>(); // --limit 0: no thread to start
    }
    int shares = Math.max(1, Math.min(threads, docIds.length / 2));
    List<Future<List<List<Snippet>>>> parts = new ArrayList<>(shares);
    for (int s = 0; s < shares; s++) {
      int[] part = Arrays.copyOfRange(docIds, s * docIds.length / shares, (s + 1) * docIds.length / shares);
      parts.add(pool.submit(() -> candidates(query, part)));
    }
    Set<String> shown = new HashSet<>();
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (Future<List<List<Snippet>>> part : parts) {
      for (List<Snippet> candidates : get(part)) {
        out.add(pick(candidates, shown));
      }
    }
    return out;
  }

  private List<List<Snippet>> candidates(Query query, int[] docIds) throws IOException {
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    Object[] body = highlightFieldsAsObjects(new String[] {Fields.BODY}, query, docIds, new int[] {CANDIDATES})
        .get(Fields.BODY);
    for (int i = 0; i < docIds.length; i++) {
      @SuppressWarnings("unchecked")
      List<Snippet> candidates = body == null || body[i] == null ? List.of() : (List<Snippet>) body[i];
      out.add(candidates);
    }
    return out;
  }

  private static <T> T get(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while marking snippets", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The best candidates not yet shown on this page; the best one anyway when all have been. */
  static List<Snippet> pick(List<Snippet> candidates, Set<String> shown) {
    List<Snippet> chosen = new ArrayList<>(PASSAGES);
    for (Snippet s : candidates) {
      if (chosen.size() < PASSAGES && !shown.contains(s.text())) {
        chosen.add(s);
      }
    }
    if (chosen.isEmpty() && !candidates.isEmpty()) {
      chosen.add(candidates.getFirst());
    }
    chosen.forEach(s -> shown.add(s.text()));
    return chosen;
  }

  /** Turns passages into {@link Snippet}s, folding line breaks and runs of spaces into single spaces. */
  private static final class Format extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        out.add(snippet(p, content));
      }
      return out;
    }

    private static Snippet snippet(Passage p, String content) {
      int from = p.getStartOffset();
      int to = p.getEndOffset();
      StringBuilder sb = new StringBuilder(to - from);
      int[] at = new int[to - from + 1]; // where each content char lands in the snippet
      boolean space = false;
      for (int i = from; i < to; i++) {
        char c = content.charAt(i);
        if (Character.isWhitespace(c)) {
          space = true;
          at[i - from] = sb.length();
          continue;
        }
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        at[i - from] = sb.length();
        sb.append(c);
      }
      at[to - from] = sb.length();
      List<Snippet.Match> matches = new ArrayList<>();
      int[] starts = p.getMatchStarts();
      int[] ends = p.getMatchEnds();
      Integer[] order = new Integer[p.getNumMatches()];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> starts[k]));
      for (int k : order) {
        int s = at[Math.clamp(starts[k] - from, 0, to - from)];
        int e = ends[k] <= from ? s : at[Math.clamp(ends[k] - 1 - from, 0, to - from)] + 1;
        e = Math.min(Math.max(e, s), sb.length());
        if (!matches.isEmpty() && s <= matches.getLast().end()) {
          Snippet.Match last = matches.removeLast();
          matches.add(new Snippet.Match(last.start(), Math.max(last.end(), e)));
        } else if (e > s) {
          matches.add(new Snippet.Match(s, e));
        }
      }
      return new Snippet(sb.toString(), matches);
    }
  }
}
