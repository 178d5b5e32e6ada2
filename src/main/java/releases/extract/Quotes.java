package releases.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations and who said them, paragraph by paragraph: a quoted span takes the attribution next to it;
 * spans and paragraphs that only go on with the words of the same quotation are joined to it.
 */
final class Quotes {

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
    return extract(paragraphs, null, null);
  }

  /**
   * The same, where {@code headlineSpeaker} (or null) is the person a statement's headline names: quotations
   * no attribution claims are theirs, and so is the statement's first paragraph when nothing is quoted at all.
   */
  static List<Quote> extract(List<String> paragraphs, Names.Person headlineSpeaker, String title) {
    return extract(paragraphs, headlineSpeaker, title, List.of());
  }

  /**
   * The same, where {@code header} holds the lines above the body (a header, or a lead the page set apart), which
   * introduce people too: "Attorney General John Kroger today announced ..." before "Kroger said".
   */
  static List<Quote> extract(List<String> paragraphs, Names.Person headlineSpeaker, String title, List<String> header) {
    // The headline introduces people too: "Attorney General Steven Rowe Announces ..." before "Rowe stated"; one in
    // capitals ("CONGRESSMAN DAVE LOEBSACK TESTIFIES ...") is read in title case.
    List<String> context = paragraphs;
    if (title != null || !header.isEmpty()) {
      context = new ArrayList<>(paragraphs.size() + header.size() + 1);
      context.addAll(paragraphs);
      if (title != null) {
        context.add(title.equals(title.toUpperCase(java.util.Locale.ROOT)) ? Text.titleCase(title) : title);
      }
      context.addAll(header);
    }
    Speakers speakers = new Speakers(context);
    if (headlineSpeaker != null) {
      speakers.remember(headlineSpeaker);
    }
    List<QuoteBuilder> quotes = new ArrayList<>();
    QuoteBuilder carry = null;
    Names.Person introduced = null;
    Names.Person joint = null; // the second signer of a joint statement
    String unquotedAbove = null; // the paragraph just above when it quotes nobody: its opening person is "he"
    List<String> orphans = List.of(); // the last paragraph's quoted words that no attribution claimed
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      String p = Names.withoutNicknames(openingRestored(Text.withoutEmphasis(paragraphs.get(pi))));
      List<Span> spans = spans(p);
      if (spans.isEmpty()) {
        carry = null;
        Names.Person signed = orphans.isEmpty() ? null : Attributions.signature(p);
        if (signed != null) {
          // "Q." then a line of its own, "Chief Janna Holloway": the quote was signed
          QuoteBuilder q = new QuoteBuilder(speakers.resolve(signed));
          orphans.forEach(q::add);
          quotes.add(q);
          speakers.remember(q.person);
        }
        orphans = List.of();
        if (introduced != null && Text.words(p) >= 6) {
          // "Statement from Sheriff Ada Holm:" then the statement itself, unquoted; a joint one is each signer's.
          for (Names.Person signer : joint == null ? List.of(introduced) : List.of(introduced, joint)) {
            QuoteBuilder q = new QuoteBuilder(speakers.resolve(signer));
            q.add(p.strip());
            quotes.add(q);
            speakers.remember(q.person);
          }
        }
        List<Names.Person> introducedBy = Attributions.leadIns(p);
        introduced = introducedBy.isEmpty() ? null : introducedBy.get(0);
        joint = introducedBy.size() > 1 ? introducedBy.get(1) : null;
        unquotedAbove = p;
        continue;
      }
      String above = unquotedAbove;
      unquotedAbove = null;
      Names.Person lead = introduced; // "NAME released the following statement:" over a quoted statement
      introduced = null;
      joint = null;
      int n = spans.size();
      Names.Person[] who = new Names.Person[n];
      int[] consumed = new int[n];
      boolean[] byPronoun = new boolean[n];
      boolean[] unknown = new boolean[n];
      for (int k = 0; k < n; k++) {
        Span s = spans.get(k);
        int closeEnd = Math.min(p.length(), s.close() + 1);
        int segEnd = k + 1 < n ? spans.get(k + 1).open() : p.length();
        consumed[k] = closeEnd;
        if (closeEnd < segEnd) {
          String after = p.substring(closeEnd, segEnd);
          int[] used = new int[1];
          who[k] = Attributions.after(after, endsTerminal(p, s), used);
          int pronoun = who[k] == null ? Attributions.pronounAfter(after) : -1;
          if (pronoun >= 0) {
            byPronoun[k] = true;
            used[0] = pronoun;
          }
          unknown[k] = who[k] == null && pronoun < 0 && Attributions.attributed(after);
          consumed[k] = closeEnd + used[0];
        }
      }
      for (int k = 0; k < n; k++) {
        if (who[k] == null) {
          int from = k == 0 ? 0 : consumed[k - 1];
          int to = spans.get(k).open();
          if (from < to) {
            String before = p.substring(from, to);
            who[k] = Attributions.before(before);
            byPronoun[k] |= who[k] == null && Attributions.pronounBefore(before);
            if (who[k] == null && !byPronoun[k] && endsTerminal(p, spans.get(k))
                && Text.words(text(p, spans.get(k))) >= 4) {
              who[k] = Attributions.partial(before);
            }
            if (who[k] == null && !byPronoun[k] && Text.words(text(p, spans.get(k))) >= 4) {
              who[k] = Attributions.priorSentence(before);
            }
          }
          if (who[k] == null && k == 0 && lead != null && !byPronoun[k] && onlyBullet(p.substring(0, spans.get(0).open()))) {
            who[k] = lead;
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
        if (unknown[k]) {
          // ", said branch manager Orrin" where the text stops: somebody said it, nobody we can name
          cur = null;
          pending.clear();
          continue;
        }
        if (byPronoun[k]) {
          // "he said" names the speaker of this paragraph's quote, else of the last quote before it.
          // A paragraph above that opens with somebody new ("Sgt. Ana Ruiz served ...") makes her the "she".
          Names.Person opener = cur == null && above != null ? Attributions.subjectOf(above) : null;
          person = cur != null ? cur.person : opener != null ? speakers.resolve(opener)
              : quotes.isEmpty() ? null : quotes.getLast().person;
          if (person == null) {
            // no quote before: "new sheriff Paul Arteta said he wanted ..." in the text above names "he"
            Names.Person named = Attributions.reportedSpeaker(paragraphs, pi, p.substring(0, spans.get(k).open()));
            person = named == null ? null : speakers.resolve(named);
          }
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
        } else if (headlineSpeaker != null && looksSpoken(p, spans.get(k))) {
          cur = new QuoteBuilder(speakers.resolve(headlineSpeaker));
          cur.add(text);
          quotes.add(cur);
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
      orphans = cur == null && p.substring(consumed[n - 1]).isBlank() ? List.copyOf(pending) : List.of();
    }
    if (quotes.isEmpty() && headlineSpeaker != null && !paragraphs.isEmpty() && Text.words(paragraphs.get(0)) >= 8) {
      QuoteBuilder q = new QuoteBuilder(headlineSpeaker);
      q.add(paragraphs.get(0).strip());
      quotes.add(q);
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

  /**
   * {@code Q," said NAME. "Q2."} with the paragraph's first quote mark lost in the saving: the quotation opens the
   * paragraph, so the mark is put back there. Only an odd count of marks whose first closes a clause before an
   * attribution is read so; a paragraph that goes on with a quotation opened above begins with its mark.
   */
  static String openingRestored(String p) {
    int first = p.indexOf('"');
    if (first < 2 || !openQuote(p) || ",.!?".indexOf(p.charAt(first - 1)) < 0 || Text.words(p.substring(0, first)) < 4) {
      return p;
    }
    String after = p.substring(first + 1, Math.min(p.length(), first + 200));
    boolean attributed = Attributions.after(after, true, new int[1]) != null || Attributions.pronounAfter(after) >= 0;
    return attributed ? '"' + p : p;
  }

  /** A quoted name ("Secure Communities" is ...) opens a paragraph too; words that go on a quotation are longer. */
  private static boolean looksSpoken(String p, Span s) {
    return endsTerminal(p, s) || s.close() >= p.length() || Text.words(text(p, s)) >= 4;
  }

  /** Nothing, or a list's bullet ("- ", "\u2022 "), before a paragraph's first quote mark. */
  private static boolean onlyBullet(String before) {
    String b = before.strip();
    return b.isEmpty() || b.length() == 1 && "-*\u2022\u00B7".indexOf(b.charAt(0)) >= 0;
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
