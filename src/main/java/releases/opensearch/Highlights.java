package releases.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    return h;
  }

  /** The fragments of {@code field} in one hit, best first; empty when nothing was marked. */
  static List<Snippet> of(JsonNode hit, String field) {
    List<Snippet> out = new ArrayList<>();
    JsonNode fragments = hit.path("highlight").path(field);
    if (fragments.size() == 1 && fragments.get(0).asText().indexOf(PRE.charAt(0)) < 0) {
      return opening(fragments.get(0).asText());
    }
    for (JsonNode fragment : fragments) {
      out.add(snippet(fragment.asText()));
    }
    return out;
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
