package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import releases.index.Fields;
import releases.search.SearchSupport;
import releases.search.Snippet;

/**
 * Asks OpenSearch's unified highlighter for the passages the embedded index shows, and reads its marked-up
 * fragments back into {@link Snippet}s: runs of whitespace folded, matches as character ranges.
 */
final class Highlights {

  /** Private-use characters cannot occur in release text, so they mark matches unambiguously. */
  private static final String PRE = "\uE000";
  private static final String POST = "\uE001";
  /** Releases repeat whole boilerplate paragraphs; spare candidates let each hit show what is its own. */
  private static final int CANDIDATES = 6;

  /** Without a match, the opening of the text stands in, cut into sentences here as the embedded index does. */
  private static final int NO_MATCH_CHARS = 1_000;

  private Highlights() {}

  /** Sentences of {@code field} best matching {@code query}, or the whole field when {@code whole}. */
  static ObjectNode request(String field, ObjectNode query, boolean whole) {
    ObjectNode h = OpenSearchClient.object().put("type", "unified").put("encoder", "default");
    h.putArray("pre_tags").add(PRE);
    h.putArray("post_tags").add(POST);
    ObjectNode f = h.putObject("fields").putObject(field);
    if (whole) {
      f.put("number_of_fragments", 0);
    } else {
      f.put("number_of_fragments", CANDIDATES).put("order", "score").put("boundary_scanner", "sentence")
          .put("fragment_size", 0).put("no_match_size", NO_MATCH_CHARS);
    }
    f.set("highlight_query", query);
    // Patterns are matched on the words as written, a sub-field the highlighter reads from the same source text.
    ObjectNode w = h.with("fields").putObject(Fields.WORDS.get(field));
    w.put("number_of_fragments", whole ? 0 : CANDIDATES);
    if (!whole) {
      w.put("order", "score").put("boundary_scanner", "sentence").put("fragment_size", 0);
    }
    w.set("highlight_query", query);
    return h;
  }

  /** The fragments of {@code field} in one hit, best first; empty when nothing was marked. */
  static List<Snippet> of(JsonNode hit, String field) {
    List<Snippet> out = new ArrayList<>();
    JsonNode fragments = hit.path("highlight").path(field);
    JsonNode patterns = hit.path("highlight").path(Fields.WORDS.get(field));
    boolean unmarked = fragments.size() == 1 && fragments.get(0).asText().indexOf(PRE.charAt(0)) < 0;
    if (unmarked && patterns.isEmpty()) {
      return opening(fragments.get(0).asText());
    }
    if (!unmarked) {
      for (JsonNode fragment : fragments) {
        out.add(snippet(fragment.asText()));
      }
    }
    // A sentence marked for a pattern and for a word is one candidate with the marks of both.
    for (JsonNode fragment : patterns) {
      Snippet s = snippet(fragment.asText());
      int same = -1;
      for (int i = 0; i < out.size() && same < 0; i++) {
        same = out.get(i).text().equals(s.text()) ? i : -1;
      }
      if (same < 0) {
        out.add(s);
      } else {
        out.set(same, union(out.get(same), s));
      }
    }
    return out;
  }

  /** One text's matches from two markings, overlapping ones joined. */
  private static Snippet union(Snippet a, Snippet b) {
    List<Snippet.Match> all = new ArrayList<>(a.matches());
    all.addAll(b.matches());
    all.sort(java.util.Comparator.comparingInt(Snippet.Match::start));
    List<Snippet.Match> out = new ArrayList<>();
    for (Snippet.Match m : all) {
      if (!out.isEmpty() && m.start() <= out.getLast().end()) {
        Snippet.Match last = out.removeLast();
        out.add(new Snippet.Match(last.start(), Math.max(last.end(), m.end())));
      } else {
        out.add(m);
      }
    }
    return new Snippet(a.text(), out);
  }

  /** The first sentences of an unmatched text's opening; the last one is dropped when the opening cut it short. */
  private static List<Snippet> opening(String text) {
    List<Snippet> out = new ArrayList<>();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE && out.size() < CANDIDATES; end = sentences.next()) {
      if (end < text.length() || text.length() < NO_MATCH_CHARS) {
        Snippet s = snippet(text.substring(start, end));
        if (!s.text().isEmpty()) {
          out.add(s);
        }
      }
      start = end;
    }
    return out;
  }

  /** For each hit of a page in order, the best candidates not yet shown for an earlier hit (as embedded search does). */
  static List<List<Snippet>> pick(List<List<Snippet>> candidatesPerHit) {
    return SearchSupport.pickSnippets(candidatesPerHit);
  }

  /** Strips the marks, folds whitespace as the embedded snippets do, and merges matches only a space apart. */
  static Snippet snippet(String marked) {
    StringBuilder sb = new StringBuilder(marked.length());
    List<Snippet.Match> matches = new ArrayList<>();
    boolean space = false;
    int start = -1;
    String text = marked.strip();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == PRE.charAt(0)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
          space = false;
        }
        start = sb.length();
      } else if (c == POST.charAt(0)) {
        if (start >= 0 && sb.length() > start) {
          // Words of one phrase come marked one by one; the embedded index marks the phrase as one match.
          if (!matches.isEmpty() && start <= matches.getLast().end() + 1) {
            Snippet.Match last = matches.removeLast();
            matches.add(new Snippet.Match(last.start(), sb.length()));
          } else {
            matches.add(new Snippet.Match(start, sb.length()));
          }
        }
        start = -1;
      } else if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return new Snippet(sb.toString(), matches);
  }
}
