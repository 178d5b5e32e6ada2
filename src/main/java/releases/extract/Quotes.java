package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations and who said them, paragraph by paragraph: a quoted span takes the attribution next to it;
 * spans and paragraphs that only go on with the words of the same quotation are joined to it.
 */
final class Quotes {

  private static final String VERBS =
      "said|says|stated|states|added|adds|explained|noted|continued|remarked|commented|declared|announced|stressed"
          + "|emphasized|observed|concluded|warned|cautioned|wrote|testified|acknowledged|urged"
          + "|told (?:reporters|the media|the press|the crowd|the audience)";
  private static final Pattern VERB_FIRST =
      Pattern.compile("\\s*,?\\s*(?:" + VERBS + "|according to)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_THEN_VERB =
      Pattern.compile("\\s*,?\\s*([^!?\"]{1,120}?)\\s+(?:" + VERBS + ")(?=[\\s.,;:]|$)");
  private static final Pattern VERB_LAST =
      Pattern.compile("\\b(?:" + VERBS + ")\\s*[,:]?\\s*$", Pattern.CASE_INSENSITIVE);
  /** ", he said." after a quote: the speaker is whoever was quoted last. */
  private static final Pattern PRONOUN_VERB =
      Pattern.compile("\\s*,?\\s*(?:he|she)\\s+(?:" + VERBS + ")(?=[\\s.,;:]|$)|\\s*,?\\s*(?:" + VERBS
          + ")\\s+(?:he|she)(?=[\\s.,;:]|$)");
  /** "He added: " before a quote: the speaker is whoever was quoted last. */
  private static final Pattern PRONOUN_BEFORE =
      Pattern.compile("\\b(?:he|she)\\s+(?:" + VERBS + ")\\s*[,:]?\\s*$", Pattern.CASE_INSENSITIVE);
  /** "Sheriff Phil Ward said the program " before a quoted sentence that ends the speaker's own sentence. */
  private static final Pattern PARTIAL =
      Pattern.compile("^\\s*(\\S[^\"]{0,119}?)\\s+(?:said|says|stated|added|noted|explained)\\s+(?:that\\s+)?[a-z][^\"]*$");
  private static final Pattern VERB_NAME_COLON =
      Pattern.compile("\\b(?:said|says|added)\\s+([^\"]{2,150}?)\\s*[,:]\\s*$");

  private Quotes() {}

  /** True when {@code paragraph} leaves a quotation open at its end (an odd number of quote marks). */
  static boolean openQuote(String paragraph) {
    int n = 0;
    for (int i = paragraph.indexOf('"'); i >= 0; i = paragraph.indexOf('"', i + 1)) {
      n++;
    }
    return (n & 1) == 1;
  }

  /** A quoted span: the index of its opening mark and of its closing mark (the paragraph's end if none). */
  private record Span(int open, int close) {}

  /** Every quotation of the release's body paragraphs, with its speaker resolved against earlier mentions. */
  static List<Quote> extract(List<String> paragraphs) {
    Speakers speakers = new Speakers(paragraphs);
    List<QuoteBuilder> quotes = new ArrayList<>();
    QuoteBuilder carry = null;
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      String p = paragraphs.get(pi);
      List<Span> spans = spans(p);
      if (spans.isEmpty()) {
        carry = null;
        continue;
      }
      int n = spans.size();
      Names.Person[] who = new Names.Person[n];
      int[] consumed = new int[n];
      boolean[] byPronoun = new boolean[n];
      for (int k = 0; k < n; k++) {
        Span s = spans.get(k);
        int closeEnd = Math.min(p.length(), s.close() + 1);
        int segEnd = k + 1 < n ? spans.get(k + 1).open() : p.length();
        consumed[k] = closeEnd;
        if (closeEnd < segEnd) {
          String after = p.substring(closeEnd, segEnd);
          int[] used = new int[1];
          who[k] = after(after, endsTerminal(p, s), used);
          Matcher pronoun = PRONOUN_VERB.matcher(after);
          if (who[k] == null && pronoun.lookingAt()) {
            byPronoun[k] = true;
            used[0] = Sentences.end(after, pronoun.end());
          }
          consumed[k] = closeEnd + used[0];
        }
      }
      for (int k = 0; k < n; k++) {
        if (who[k] == null) {
          int from = k == 0 ? 0 : consumed[k - 1];
          int to = spans.get(k).open();
          if (from < to) {
            String before = p.substring(from, to);
            who[k] = before(before);
            byPronoun[k] |= who[k] == null && PRONOUN_BEFORE.matcher(before)
                .region(Math.max(0, before.length() - 40), before.length()).useTransparentBounds(true).find();
            if (who[k] == null && !byPronoun[k] && endsTerminal(p, spans.get(k))
                && Text.words(text(p, spans.get(k))) >= 4) {
              who[k] = partial(before);
            }
          }
        }
      }
      QuoteBuilder cur = null;
      List<String> pending = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        String text = text(p, spans.get(k));
        int gapFrom = k == 0 ? 0 : consumed[k - 1];
        boolean connected = p.substring(gapFrom, spans.get(k).open()).isBlank();
        Names.Person person = who[k] == null ? null : speakers.resolve(who[k]);
        if (byPronoun[k]) {
          // "he said" names the speaker of this paragraph's quote, else of the last quote before it.
          person = cur != null ? cur.person : quotes.isEmpty() ? null : quotes.getLast().person;
        }
        if (person != null && cur != null && (connected || byPronoun[k]) && person.name().equals(cur.person.name())) {
          // "Q2." Robinette added, or He added: "Q2.": still the speaker of the quote it goes on with
          cur.add(text);
        } else if (person != null) {
          cur = new QuoteBuilder(person);
          if (connected) {
            pending.forEach(cur::add);
          }
          pending.clear();
          cur.add(text);
          quotes.add(cur);
          speakers.remember(cur.person);
        } else if (cur != null && connected) {
          cur.add(text);
        } else if (k == 0 && carry != null && connected && looksSpoken(p, spans.get(0))
            && !(n > 1 && who[1] != null && isBlankBetween(p, consumed[0], spans.get(1).open()))) {
          cur = carry;
          cur.add(text);
        } else {
          cur = null;
          if (!connected) {
            pending.clear();
          }
          pending.add(text);
        }
      }
      boolean endsInQuote = cur != null && p.substring(consumed[n - 1]).isBlank();
      carry = endsInQuote ? cur : null;
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (QuoteBuilder q : quotes) {
      Quote quote = q.build();
      if (quote != null) {
        out.add(quote);
      }
    }
    return out;
  }

  /** A quoted name ("Secure Communities" is ...) opens a paragraph too; words that go on a quotation are longer. */
  private static boolean looksSpoken(String p, Span s) {
    return endsTerminal(p, s) || s.close() >= p.length() || Text.words(text(p, s)) >= 4;
  }

  private static boolean isBlankBetween(String p, int from, int to) {
    return from >= to || p.substring(from, to).isBlank();
  }

  static List<Span> spans(String p) {
    List<Span> spans = new ArrayList<>();
    int open = p.indexOf('"');
    while (open >= 0) {
      int close = p.indexOf('"', open + 1);
      if (close < 0) {
        spans.add(new Span(open, p.length()));
        break;
      }
      spans.add(new Span(open, close));
      open = p.indexOf('"', close + 1);
    }
    return spans;
  }

  private static String text(String p, Span s) {
    return p.substring(Math.min(p.length(), s.open() + 1), s.close()).strip();
  }

  private static boolean endsTerminal(String p, Span s) {
    if (s.close() >= p.length() || s.close() == 0) {
      return false;
    }
    char c = p.charAt(s.close() - 1);
    return c == '.' || c == '!' || c == '?';
  }

  /** The attribution after a closing quote mark: ", said NAME." / " NAME said." / " TITLE NAME." (no verb). */
  static Names.Person after(String after, boolean quoteEndedSentence, int[] used) {
    Matcher m = VERB_FIRST.matcher(after);
    if (m.lookingAt()) {
      int end = Sentences.end(after, m.end());
      Names.Person p = Names.parse(after.substring(m.end(), end));
      if (p != null) {
        used[0] = end;
        return p;
      }
    }
    m = NAME_THEN_VERB.matcher(after);
    if (m.lookingAt() && (Sentences.capitalised(m.group(1)) || nameThenTitle(m.group(1)))
        && Sentences.end(m.group(1), 0) == m.group(1).length()) {
      Names.Person p = Names.parse(m.group(1));
      if (p != null) {
        used[0] = Sentences.end(after, m.end());
        return p;
      }
    }
    if (quoteEndedSentence) {
      int end = Sentences.end(after, 0);
      String who = after.substring(0, end).strip();
      boolean closesParagraphOrQuote = after.substring(end).isBlank() || after.charAt(end - 1) == '.';
      if (who.endsWith(".") && closesParagraphOrQuote && Text.words(who) >= 2 && Text.words(who) <= 14
          && Sentences.capitalised(who)) {
        Names.Person p = Names.parse(who);
        if (p != null && (!p.surnameOnly() || p.role() != null)) {
          used[0] = end;
          return p;
        }
      }
    }
    return null;
  }

  /** "Corinne Ashworth, field office director in Kansas City," : a full name, then a title in lower case. */
  private static boolean nameThenTitle(String who) {
    int comma = who.indexOf(", ");
    if (comma <= 0) {
      return false;
    }
    String[] t = Names.tokens(who.substring(0, comma));
    return t.length >= 2 && t.length <= 5 && Names.nameStart(t) == 0;
  }

  /**
   * The speaker of a quotation that finishes a sentence of the release's own ("Sheriff Phil Ward said the program
   * "lets us act sooner."): a full name, or a title and a name, as the sentence's subject.
   */
  static Names.Person partial(String before) {
    String sentence = before.substring(Sentences.startOfLast(before, before.length()));
    Matcher m = PARTIAL.matcher(sentence);
    if (!m.find() || !Sentences.capitalisedStart(m.group(1))) {
      return null;
    }
    Names.Person p = Names.parse(m.group(1));
    return p == null || p.surnameOnly() && p.role() == null ? null : p;
  }

  /** The attribution before an opening quote mark: "NAME, TITLE, said," or "said NAME:". */
  static Names.Person before(String before) {
    // Both forms end the text before the quote mark, so only its tail is searched.
    int n = before.length();
    Matcher m = VERB_LAST.matcher(before).region(Math.max(0, n - 24), n).useTransparentBounds(true);
    if (m.find()) {
      String subject = before.substring(Sentences.startOfLast(before, m.start()), m.start()).strip();
      String[] chunks = subject.split(", ");
      for (int c = 0; c < chunks.length; c++) {
        String[] t = Names.tokens(Names.clean(chunks[c]));
        if (t.length > 0 && Character.isUpperCase(t[0].charAt(0)) && Names.nameStart(t) >= 0) {
          String who = String.join(", ", java.util.Arrays.asList(chunks).subList(c, chunks.length));
          return Sentences.capitalisedStart(who) ? Names.parse(who) : null;
        }
      }
      return null;
    }
    m = VERB_NAME_COLON.matcher(before).region(Math.max(0, n - 170), n).useTransparentBounds(true);
    if (m.find()) {
      return Names.parse(m.group(1));
    }
    String last = before.substring(Sentences.startOfLast(before, n)).strip();
    if (last.regionMatches(true, 0, "according to ", 0, 13) && last.endsWith(",")) {
      return Names.parse(last.substring(13)); // According to NAME, TITLE, "Q."
    }
    return null;
  }

  /** Words of one quotation gathered from its spans. */
  private static final class QuoteBuilder {
    final Names.Person person;
    final List<String> parts = new ArrayList<>(2);

    QuoteBuilder(Names.Person person) {
      this.person = person;
    }

    void add(String text) {
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }

    Quote build() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        if (part.endsWith(",")) {
          // "Q1," said X. "Q2." : the comma stood for the end of the speaker's sentence; "We are," said X,
          // "committed to it." : the attribution cut one sentence, which goes on in lower case.
          boolean goesOn = i + 1 < parts.size() && Character.isLowerCase(parts.get(i + 1).charAt(0));
          part = part.substring(0, part.length() - 1) + (i + 1 < parts.size() && !goesOn ? "." : "");
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(part);
      }
      String text = sb.toString().strip();
      return text.isEmpty() ? null : new Quote(person.name(), person.role(), person.organization(), text);
    }
  }
}
