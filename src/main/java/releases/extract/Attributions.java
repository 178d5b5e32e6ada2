package releases.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a quotation is attributed to, read from the words next to its quote marks: after it (", said NAME."),
 * before it ("NAME, TITLE, said,"), by pronoun, or as the subject of the release's own sentence.
 */
final class Attributions {

  private static final String VERBS =
      "said|says|stated|states|added|adds|explained|noted|continued|remarked|commented|declared|announced|stressed"
          + "|emphasized|observed|concluded|warned|cautioned|wrote|testified|acknowledged|urged"
          + "|notes|explains|comments|continues|writes|emphasizes|stresses|observes|shared|shares|recalled|recalls"
          + "|reiterated|asserted|affirmed|highlighted|pointed out|responded|replied|reports|reported|insisted|insists"
          + "|agreed|agrees|predicted|predicts|announces|declares|warns|urges|concludes"
          + "|told (?:reporters|the media|the press|the crowd|the audience)";
  /** Each way of saying it in {@link #VERBS}, spelled out ("told reporters", "told the media", ...). */
  static final List<String> VERB_PHRASES = phrases(VERBS);
  /** The first and the last words of those phrases, to let text without any of them go before a pattern. */
  private static final java.util.Set<String> VERB_FIRST_WORDS = words(VERB_PHRASES, true);
  private static final java.util.Set<String> VERB_LAST_WORDS = words(VERB_PHRASES, false);

  private static final Pattern VERB_FIRST =
      Pattern.compile("\\s*,?\\s*(?:" + VERBS + "|according to)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
  static final Pattern NAME_THEN_VERB =
      Pattern.compile("\\s*,?\\s*([^!?\"]{1,120}?)\\s+(?:" + VERBS + ")(?=[\\s.,;:]|$)");
  static final Pattern VERB_LAST =
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
  /** A dash, then the speaker to the paragraph's end: " — Ada Holm, President, Millbrook Library Board". */
  private static final Pattern DASH_SIGNATURE = Pattern.compile("\\s*(?:\u2014|\u2013|--?)\\s*([^\"\u201C\u201D]{3,150}?)\\s*$");
  /** What ends a company's name after its comma: "Acme Holdings, Inc.". */
  private static final java.util.Set<String> CORPORATE_SUFFIXES =
      java.util.Set.of("Inc.", "Inc", "Corp.", "Corp", "Co.", "LLC", "LLC.", "Ltd.", "Ltd", "L.P.", "LP", "N.A.", "PLC", "plc");
  /** A phrase of time or occasion before the subject: "In a statement,", "At Tuesday's meeting,", "Today,". */
  private static final Pattern PREAMBLE = Pattern.compile(
      "\\s*(?:(?:In|At|On|During|After|Before|Speaking (?:at|to|on|about)|Asked about)\\b[^,\"]{1,60}|Today|Yesterday|Later),\\s+(?=\\p{Lu})");
  static final Pattern VERB_NAME_COLON =
      Pattern.compile("\\b(?:said|says|added|stated|noted|explained|commented|continued|writes|wrote)\\s+([^\"]{2,150}?)\\s*[,:]\\s*$");
  /** "Attorney General Baker noted that the case ... Georgia." as the sentence before a quote of its own. */
  private static final Pattern SUBJECT_VERB =
      Pattern.compile("^\\s*(\\S[^\"]{0,119}?)\\s+(?:" + VERBS + ")\\b[^\"]*[.:]\\s*$");
  /**
   * "Director Ada Holm expressed confidence today that ...:" before a quote: a sentence that ends in a colon
   * introduces what its subject says, whatever its verb.
   */
  private static final Pattern COLON_SUBJECT =
      Pattern.compile("^\\s*(\\p{Lu}[^\"]{0,119}?)\\s+(?:[a-z]{3,}(?:ed|es|s))\\b[^\"]*:\\s*$");
  /**
   * "Statement from NAME:", "NAME shared the following statement:", "NAME said:" as a paragraph of its own, or as
   * the last sentence of one; "NAME issued the following statement in response to ..." may end in a period, and
   * "The following statement was issued today by NAME, TITLE, after ...:" names the speaker last.
   */
  private static final Pattern LEAD_IN = Pattern.compile(
      "(?i)^(?:(?:joint )?statement (?:from|of|by) (.{3,250}?):|(.{3,250}?),? (?:released|issued|shared|made|gave)"
          + " the following (?:joint )?(?:statement|remarks)(?: [^:]{0,300})?[:.]|(.{3,250}?) (?:said|stated|added|wrote|says):"
          + "|the following (?:statement|remarks) (?:was |were |has been )?(?:issued|released|made|given)"
          + "(?: today| on [^,:]{3,30})? by (.{3,250}?)(?:,? (?:after|following|in response|on|regarding|about"
          + "|concerning)\\b[^:]{0,200})?[:.])\\s*$");
  /** "Statement of Manhattan U.S. Attorney Preet Bharara On The Conviction ...": the headline names the speaker. */
  private static final Pattern STATEMENT_HEADLINE = Pattern.compile(
      "(?i)^(?:(?:official|joint|a) )?statement (?:from|of|by) (.{3,120}?)(?: (?:on|regarding|about|in|after|following|concerning)\\b.*|:.*)?$");

  private Attributions() {}

  /** The attribution after a closing quote mark: ", said NAME." / " NAME said." / " TITLE NAME." (no verb). */
  static Names.Person after(String after, boolean quoteEndedSentence, int[] used) {
    Matcher m = VERB_FIRST.matcher(after);
    if (m.lookingAt()) {
      int end = Sentences.end(after, m.end());
      Names.Person p = Names.parse(after.substring(m.end(), end));
      if (p != null && end >= after.strip().length() && !endsTerminal(after) && p.surnameOnly()) {
        return null; // "... said branch manager Orrin" where the saved text stops: a fragment, not a name
      }
      if (p != null) {
        used[0] = end;
        return p;
      }
    }
    m = NAME_THEN_VERB.matcher(after);
    if (verbWordFollows(after) && m.lookingAt()
        && (Sentences.capitalised(m.group(1)) || nameThenTitle(m.group(1)) || titleInLowerCase(m.group(1)))
        && Sentences.end(m.group(1), 0) == m.group(1).length()) {
      Names.Person p = Names.parse(m.group(1));
      if (p != null) {
        used[0] = Sentences.end(after, m.end());
        return p;
      }
    }
    Matcher signed = DASH_SIGNATURE.matcher(after);
    if (quoteEndedSentence && signed.matches() && Sentences.capitalised(signed.group(1))) {
      // "Q." — Ada Holm, President, Millbrook Library Board: signed on the quote's own line
      Names.Person p = Names.parse(signed.group(1));
      if (p != null && !p.surnameOnly()) {
        used[0] = after.length();
        int comma = p.organization() == null ? -1 : p.organization().indexOf(", ");
        if (p.role() == null && comma > 0) {
          String[] role = Roles.describe(p.organization().substring(0, comma));
          if (role[0] != null && role[1] == null) {
            return new Names.Person(p.name(), role[0], p.organization().substring(comma + 2));
          }
        }
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

  private static boolean endsTerminal(String s) {
    String t = s.strip();
    return !t.isEmpty() && ".!?\"')".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Whether an attribution follows the quote (", said ..."), whether or not a name could be read from it. */
  static boolean attributed(String after) {
    return VERB_FIRST.matcher(after).lookingAt();
  }

  /** The end of ", he said." after a quote, whose speaker is whoever was quoted last; -1 when it is not there. */
  static int pronounAfter(String after) {
    Matcher m = PRONOUN_VERB.matcher(after);
    return m.lookingAt() ? Sentences.end(after, m.end()) : -1;
  }

  /** Whether the text before a quote ends in "He added:", whose speaker is whoever was quoted last. */
  static boolean pronounBefore(String before) {
    int n = before.length();
    return PRONOUN_BEFORE.matcher(before).region(Math.max(0, n - 40), n).useTransparentBounds(true).find();
  }

  /**
   * "park director Nell Ostrow", "state parks advocate Col. Ed Lane": a title in lower case, at most five words with
   * a title word among them, before a full name that ends the text.
   */
  static boolean titleInLowerCase(String who) {
    String[] t = Names.tokens(who.strip());
    int start = Names.nameStart(t);
    if (start <= 0 || start > 5 || t.length - start < 2 || !Character.isLowerCase(t[0].charAt(0))) {
      return false;
    }
    boolean title = false;
    for (int i = 0; i < start; i++) {
      String lower = t[i].toLowerCase(java.util.Locale.ROOT);
      if (!Character.isLowerCase(t[i].charAt(0)) && !Roles.TITLES.contains(lower) || t[i].endsWith(",")) {
        return false;
      }
      title |= Roles.TITLES.contains(lower);
    }
    return title;
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
    Matcher opening = PREAMBLE.matcher(sentence);
    if (opening.lookingAt()) {
      sentence = sentence.substring(opening.end()); // "In a statement, Mayor Ada Holm said the branch "will ...""
    }
    Matcher m = PARTIAL.matcher(sentence);
    if (!m.find() || !Sentences.capitalisedStart(m.group(1))) {
      return null;
    }
    Names.Person p = Names.parse(m.group(1));
    return p == null || p.surnameOnly() && p.role() == null ? null : p;
  }

  /**
   * The speaker of a quotation that opens a sentence after one whose subject speaks ("Attorney General Baker noted
   * that ... . "Q."): a full name, or a title and a name.
   */
  static Names.Person priorSentence(String before) {
    String b = before.stripTrailing();
    if (b.isEmpty() || ".:".indexOf(b.charAt(b.length() - 1)) < 0) {
      return null;
    }
    String sentence = b.substring(Sentences.startOfLast(b, b.length() - 1));
    Matcher m = SUBJECT_VERB.matcher(sentence);
    if (!m.find() && !(b.endsWith(":") && (m = COLON_SUBJECT.matcher(sentence)).find())) {
      return null;
    }
    if (!Sentences.capitalisedStart(m.group(1))) {
      return null;
    }
    Names.Person p = Names.parse(m.group(1));
    return p == null || p.surnameOnly() && p.role() == null ? null : p;
  }

  /**
   * A paragraph that is only a person's name, perhaps with a title ("Chief Janna Holloway", "Marta Quell, Mayor"),
   * signing the quote above it; null for anything longer or not a name.
   */
  static Names.Person signature(String paragraph) {
    String s = paragraph.strip();
    if (s.isEmpty() || s.length() > 80 || Text.words(s) > 7 || Text.words(s) < 2 || s.indexOf('"') >= 0
        || !Character.isUpperCase(s.charAt(0))) {
      return null;
    }
    if (s.endsWith(".") && !s.matches(".*\\b(?:Jr|Sr|[A-Z])\\.$")) {
      return null; // a sentence, not a signature
    }
    Names.Person p = Names.parse(s.startsWith("- ") || s.startsWith("\u2014") ? s.substring(1).strip() : s);
    return p == null || p.surnameOnly() ? null : p;
  }

  /** The speaker a paragraph introduces for the paragraphs after it: "Statement from Sheriff Ada Holm:". */
  static Names.Person leadIn(String paragraph) {
    List<Names.Person> people = leadIns(paragraph);
    return people.isEmpty() ? null : people.get(0);
  }

  /**
   * The speakers a paragraph introduces: one, or the two of a joint statement ("Senators Ada Holm and Ivo Brandt
   * issued the following joint statement:"). Empty when it introduces nobody.
   */
  static List<Names.Person> leadIns(String paragraph) {
    String s = paragraph.strip();
    if (s.isEmpty() || s.length() > 2000 || !(s.endsWith(":") || s.endsWith(".") && s.contains(" following "))) {
      return List.of();
    }
    List<Names.Person> p = s.length() <= 400 ? leadInSentence(s) : List.of();
    if (p.isEmpty()) {
      // "... today. NAME, TITLE, issued the following statement:" closing a longer paragraph
      int start = Sentences.startOfLast(s, s.length() - 1);
      p = start > 0 && s.length() - start <= 400 ? leadInSentence(s.substring(start).strip()) : List.of();
    }
    return p;
  }

  private static List<Names.Person> leadInSentence(String s) {
    Matcher d = DATELINE_THEN.matcher(s);
    if (d.lookingAt() && Dateline.parse(s) != null) {
      s = s.substring(d.end());
    }
    Matcher m = LEAD_IN.matcher(s);
    if (!m.matches()) {
      return List.of();
    }
    String who = null;
    for (int g = 1; g <= 4 && who == null; g++) {
      who = m.group(g);
    }
    who = speakerOfLeadIn(who);
    if (!Sentences.capitalisedStart(who)) {
      return List.of();
    }
    Matcher joint = JOINT.matcher(who);
    if (joint.matches()) {
      String role = singular(joint.group(1));
      Names.Person first = Names.parse(role + " " + joint.group(2));
      Names.Person second = Names.parse(joint.group(3));
      if (first != null && second != null && !first.surnameOnly() && !second.surnameOnly()) {
        return List.of(first, second.role() == null ? new Names.Person(second.name(), first.role(), first.organization())
            : second);
      }
    }
    Names.Person p = Names.parse(who);
    return p == null || p.surnameOnly() && p.role() == null ? List.of() : List.of(p);
  }

  /** Two named people under one plural title: "U.S. Senators Ada Holm and Ivo Brandt", "Reps. Lee and Ray". */
  private static final Pattern JOINT = Pattern.compile(
      "^((?:U\\.S\\. |State |County |City )?(?:Senators|Representatives|Reps\\.|Congressmen|Congresswomen|Governors"
          + "|Commissioners|Mayors|Sheriffs|Supervisors|Council ?members|Attorneys General|Secretaries|Chairs|Chairmen))"
          + " (\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){1,3}) and (\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){1,3})$");

  /** A plural title made singular: "U.S. Senators" -> "U.S. Senator", "Attorneys General" -> "Attorney General". */
  private static String singular(String title) {
    if (title.endsWith("Attorneys General")) {
      return title.replace("Attorneys General", "Attorney General");
    }
    if (title.endsWith("Reps.")) {
      return title.substring(0, title.length() - 5) + "Rep.";
    }
    if (title.endsWith("men")) {
      return title.substring(0, title.length() - 3) + "man";
    }
    if (title.endsWith("ies")) {
      return title.substring(0, title.length() - 3) + "y";
    }
    return title.substring(0, title.length() - 1);
  }

  /** A dateline before the speaker ("TALLAHASSEE, Fla., Dec. 30 -- Gov. ..."), cut at its separator. */
  private static final Pattern DATELINE_THEN = Pattern.compile("^.{3,80}?\\s(?:--|-|\u2013|\u2014)\\s+(?=\\p{Lu})");
  /** "Today," or "On Monday," before the speaker. */
  private static final Pattern WHEN_FIRST =
      Pattern.compile("(?i)^(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on [^,]{3,30}),\\s+");
  /** A member's party and district: "(R-IN-04)", "(IN-04)", ", R-Fla.,". */
  private static final Pattern PARTY_TAG =
      Pattern.compile("\\s*\\([A-Z]{1,2}(?:-[A-Z][A-Za-z.]{1,12})?(?:-\\d{1,2}|-At Large)?\\)|,\\s*[RDI]-[A-Z][A-Za-z.]{1,12}(?:-\\d{1,2})?,?");

  /** The speaker in the lead-in's subject, without the dateline, the time or the party tag around it. */
  private static String speakerOfLeadIn(String who) {
    Matcher d = DATELINE_THEN.matcher(who);
    if (d.lookingAt() && Dateline.parse(who) != null) {
      who = who.substring(d.end());
    }
    who = WHEN_FIRST.matcher(who).replaceFirst("");
    return PARTY_TAG.matcher(who).replaceAll("").strip();
  }

  /** A paragraph that opens with a person, perhaps titled, as the subject of its first verb. */
  private static final Pattern SUBJECT_FIRST =
      Pattern.compile("^((?:\\p{Lu}[\\p{L}.'-]*\\s+){1,5}\\p{Lu}[\\p{L}'-]*\\p{Ll}[\\p{L}'-]*)\\s+\\p{Ll}");

  /** The person a paragraph opens with ("Sergeant Ada Ruiz served with ..."): a full name, or null. */
  static Names.Person subjectOf(String paragraph) {
    Matcher m = SUBJECT_FIRST.matcher(paragraph);
    if (!m.lookingAt()) {
      return null;
    }
    Names.Person p = Names.parse(m.group(1));
    return p == null || p.surnameOnly() ? null : p;
  }

  /** "Sheriff Paul Arteta said", "Mayor Ada Holm told the council": a named person reporting speech. */
  private static final Pattern REPORTED = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}.'-]*\\s+){1,5}\\p{Lu}[\\p{L}'-]+)\\s+(?:said|says|told|added|stated|explained|announced)\\b");

  /**
   * The person whose reported speech stands nearest before a quote that only "he said" attributes: in the text of
   * its paragraph before it, else in the two paragraphs above. Null when none is named.
   */
  static Names.Person reportedSpeaker(List<String> paragraphs, int index, String before) {
    for (int i = index; i >= Math.max(0, index - 2); i--) {
      String text = i == index ? before : paragraphs.get(i);
      if (text.indexOf(" said") < 0 && text.indexOf(" says") < 0 && text.indexOf(" told") < 0
          && text.indexOf(" added") < 0 && text.indexOf(" stated") < 0 && text.indexOf(" explained") < 0
          && text.indexOf(" announced") < 0) {
        continue;
      }
      Matcher m = REPORTED.matcher(text);
      Names.Person last = null;
      while (m.find()) {
        Names.Person p = Names.parse(m.group(1));
        if (p != null && !p.surnameOnly()) {
          last = p;
        }
      }
      if (last != null) {
        return last;
      }
    }
    return null;
  }

  /** The speaker a headline such as "Statement from Sheriff Ada Holm on the flood" names, or null. */
  static Names.Person ofHeadline(String title) {
    if (title == null) {
      return null;
    }
    Matcher m = STATEMENT_HEADLINE.matcher(title.strip());
    if (!m.matches()) {
      return null;
    }
    String who = m.group(1);
    Names.Person p = Names.parse(who.equals(who.toUpperCase(java.util.Locale.ROOT)) ? Text.titleCase(who) : who);
    return p == null || p.surnameOnly() && p.role() == null ? null : p;
  }

  /** "Vice President for Research, Dorian Thackery, commented,": a title, then the bare name set off by commas. */
  private static Names.Person titleThenName(String[] chunks) {
    if (chunks.length != 2) {
      return null;
    }
    String title = Names.clean(chunks[0]);
    String name = Names.clean(chunks[1].endsWith(",") ? chunks[1].substring(0, chunks[1].length() - 1) : chunks[1]);
    String ofOrg = null;
    int of = name.indexOf(" of ");
    if (of > 0) {
      ofOrg = name.substring(of + 4); // "President of the OBI Consortium, Neal Casteel of National Semiconductor noted"
      name = name.substring(0, of);
    }
    String[] t = Names.tokens(name);
    if (t.length < 2 || t.length > 4 || Names.nameStart(t) != 0 || !Sentences.capitalisedStart(title)) {
      return null;
    }
    boolean titleWord = false;
    for (String w : Names.tokens(title)) {
      titleWord |= Roles.TITLES.contains(w.toLowerCase(java.util.Locale.ROOT));
    }
    if (!titleWord) {
      return null;
    }
    String[] ro = Roles.describe(title);
    return new Names.Person(name, ro[0], ro[1] != null ? ro[1] : ofOrg);
  }

  /** The attribution before an opening quote mark: "NAME, TITLE, said," or "said NAME:". */
  static Names.Person before(String before) {
    // Both forms end the text before the quote mark, so only its tail is searched.
    int n = before.length();
    Matcher m = VERB_LAST.matcher(before).region(Math.max(0, n - 24), n).useTransparentBounds(true);
    if (endsWithVerbWord(before) && m.find()) {
      String subject = before.substring(Sentences.startOfLast(before, m.start()), m.start()).strip();
      String[] chunks = subject.split(", ");
      for (int c = 1; c < chunks.length; c++) {
        if (chunks[c].startsWith("who ") || chunks[c].startsWith("whose ")) {
          chunks = java.util.Arrays.copyOf(chunks, c); // "NAME of ORG, who led the study, said:": the clause says who
          break;
        }
      }
      Names.Person titled = titleThenName(chunks);
      if (titled != null) {
        return titled;
      }
      for (int c = 0; c < chunks.length; c++) {
        String[] t = Names.tokens(Names.clean(chunks[c]));
        if (c == chunks.length - 1 && c > 0 && !chunks[c].isEmpty() && Character.isLowerCase(chunks[c].charAt(0))
            && titleInLowerCase(chunks[c])) {
          return Names.parse(chunks[c]); // "At the time, park advocate Col. Ed Lane said:"
        }
        if (c > 0 && t.length > 1 && CORPORATE_SUFFIXES.contains(t[0])) {
          continue; // "..., Inc. and Health Partners, Inc. Commenting on it, NAME, TITLE, said": a company's name runs on
        }
        if (t.length > 0 && Character.isUpperCase(t[0].charAt(0)) && Names.nameStart(t) >= 0) {
          String who = String.join(", ", java.util.Arrays.asList(chunks).subList(c, chunks.length));
          Names.Person p = Sentences.capitalisedStart(who) ? Names.parse(who) : null;
          if (p != null) {
            return p;
          }
          // "During his tenure with the Company, ..., NAME, TITLE, said": a clause before the speaker; look on
        }
      }
      return null;
    }
    m = VERB_NAME_COLON.matcher(before).region(Math.max(0, n - 170), n).useTransparentBounds(true);
    if (endsWithColonOrComma(before) && m.find()) {
      return Names.parse(m.group(1));
    }
    String last = before.substring(Sentences.startOfLast(before, n)).strip();
    if (last.endsWith(":")) {
      Matcher named = NAME_TITLE_COLON.matcher(DATE_FIRST.matcher(last).replaceFirst(""));
      Names.Person p = named.matches() ? Names.parse(named.group(1)) : null;
      if (p != null && !p.surnameOnly() && p.role() != null) {
        return p; // "Birge Bargmann, CEO of Proteo: "Q."": no verb, the colon says it
      }
      Names.Person titled = before.strip().equals(last) ? titledSpeaker(last) : null;
      if (titled != null) {
        return titled; // "Governor Hochul: "Q."" opening the paragraph, as a transcript's highlights write it
      }
    }
    if (last.regionMatches(true, 0, "according to ", 0, 13) && last.endsWith(",")) {
      return Names.parse(last.substring(13)); // According to NAME, TITLE, "Q."
    }
    if (last.contains(" following ")) {
      Matcher lead = INLINE_LEAD_IN.matcher(last);
      if (lead.matches()) {
        return Names.parse(lead.group(1)); // NAME made the following statement regarding X, "Q."
      }
    }
    return null;
  }

  /** "(10/20/1998) - " opening the paragraph before a speaker's name. */
  private static final Pattern DATE_FIRST = Pattern.compile("^\\(\\d[\\d/.-]{3,9}\\)\\s*(?:--|-|\u2013|\u2014)?\\s*");

  /** "NAME, TITLE of ORG:" before a quote, with no verb. */
  private static final Pattern NAME_TITLE_COLON =
      Pattern.compile("^(\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3}, [^:\"]{2,80}):$");

  /** "Governor Hochul:" or "Mayor Ada Holm:", a title and a name and nothing else; null otherwise. */
  private static Names.Person titledSpeaker(String label) {
    String who = label.substring(0, label.length() - 1).strip();
    int words = Text.wordsUpTo(who, 5);
    if (words < 2 || words > 5 || who.indexOf(',') >= 0 || !Character.isUpperCase(who.charAt(0))) {
      return null;
    }
    Names.Person p = Names.parse(who);
    return p != null && p.role() != null && p.organization() == null ? p : null;
  }

  /** "Chief X made the following statement regarding this incident," with the statement after it on the line. */
  private static final Pattern INLINE_LEAD_IN = Pattern.compile(
      "(?i)(.{3,120}?) (?:released|issued|shared|made|gave|provided) the following (?:statement|remarks)"
          + "(?: [^\"]{0,160}?)?[,:]");
  /**
   * A necessary condition for {@link #NAME_THEN_VERB}: before the first {@code ! ? "}, a word that opens a verb
   * phrase follows a space. Most text after a quote mark has none and is let go without the pattern's backtracking.
   */
  /** The first letters of {@link #VERB_FIRST_WORDS}, and the words' shortest and longest. */
  private static final int VERB_FIRST_LETTERS = Text.firstLetterBits(VERB_FIRST_WORDS);
  private static final int VERB_FIRST_MIN = VERB_FIRST_WORDS.stream().mapToInt(String::length).min().orElse(0);
  private static final int VERB_FIRST_MAX = VERB_FIRST_WORDS.stream().mapToInt(String::length).max().orElse(0);

  /** Whether the word at {@code from..to} can be one of {@link #VERB_FIRST_WORDS}, told without a copy of it. */
  private static boolean mayBeVerbFirstWord(String s, int from, int to) {
    return to - from >= VERB_FIRST_MIN && to - from <= VERB_FIRST_MAX
        && Text.letterIn(VERB_FIRST_LETTERS, s.charAt(from));
  }

  static boolean verbWordFollows(String after) {
    int i = 0;
    int n = after.length();
    while (i < n) {
      char c = after.charAt(i);
      if (c == '!' || c == '?' || c == '"') {
        return false;
      }
      if (Character.isLetter(c) && i > 0 && Character.isWhitespace(after.charAt(i - 1))) {
        int end = i;
        while (end < n && Character.isLetter(after.charAt(end))) {
          end++;
        }
        if (mayBeVerbFirstWord(after, i, end) && VERB_FIRST_WORDS.contains(after.substring(i, end))) {
          return true;
        }
        i = end;
      } else {
        i++;
      }
    }
    return false;
  }

  /** A necessary condition for {@link #VERB_LAST}: the text ends with a verb phrase's last word, then {@code , :}. */
  static boolean endsWithVerbWord(String before) {
    int end = trailing(before, before.length());
    if (end > 0 && (before.charAt(end - 1) == ',' || before.charAt(end - 1) == ':')) {
      end = trailing(before, end - 1);
    }
    int start = end;
    while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
      start--;
    }
    return start < end && VERB_LAST_WORDS.contains(before.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean endsWithColonOrComma(String before) {
    int end = trailing(before, before.length());
    return end > 0 && (before.charAt(end - 1) == ',' || before.charAt(end - 1) == ':');
  }

  /** Where the text before {@code end} stops once its trailing white space is left off. */
  private static int trailing(String s, int end) {
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** "a|b c|told (?:x|the y)" as its phrases: a, b c, told x, told the y (one level of group, as VERBS has). */
  private static List<String> phrases(String alternation) {
    List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i <= alternation.length(); i++) {
      char c = i < alternation.length() ? alternation.charAt(i) : '|';
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == '|' && depth == 0) {
        String part = alternation.substring(from, i);
        int group = part.indexOf("(?:");
        if (group < 0) {
          out.add(part);
        } else {
          for (String option : part.substring(group + 3, part.length() - 1).split("\\|")) {
            out.add(part.substring(0, group) + option);
          }
        }
        from = i + 1;
      }
    }
    return List.copyOf(out);
  }

  private static java.util.Set<String> words(List<String> phrases, boolean first) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String p : phrases) {
      String[] w = p.split(" ");
      out.add(first ? w[0] : w[w.length - 1]);
    }
    return java.util.Set.copyOf(out);
  }
}
