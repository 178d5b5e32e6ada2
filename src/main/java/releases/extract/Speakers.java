package releases.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The people a release has named so far, so that "Morton said" or "said Director Morton" resolves to the full
 * name introduced earlier, and one person keeps one spelling ("John Smith" after "John P. Smith").
 */
final class Speakers {

  /** How far before a surname a full name and its title are looked for. */
  private static final int WINDOW_TOKENS = 10;

  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mr.", "Ms.", "Mrs.", "Miss", "Mr", "Ms", "Mrs", "Dr.", "Dr");

  private final List<String> paragraphs;
  private final List<Names.Person> known = new ArrayList<>();

  Speakers(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  void remember(Names.Person p) {
    known.add(p);
  }

  /** The full form of {@code p}, as the release first introduces that person. */
  Names.Person resolve(Names.Person p) {
    if (p.role() != null && HONORIFICS.contains(p.role())) {
      p = new Names.Person(p.name(), null, p.organization()); // "Mr. Miller said": no title of office
    }
    Names.Person earlier = knownAs(p);
    if (earlier == null && p.surnameOnly()) {
      earlier = mention(p.surname());
      if (earlier == null && p.role() == null) {
        earlier = byGivenName(p.surname()); // "Carl said" of "Carl Appen", where Hans Appen shares the surname
      }
    } else if (earlier == null && Names.tokens(p.name()).length == 2) {
      earlier = byGivenName(p.name()); // "said Mary Anne" of "Mary Anne Kessel-Ward": a double given name alone
    }
    if (earlier == null) {
      return p;
    }
    if (p.role() == null) {
      return new Names.Person(earlier.name(), earlier.role(), earlier.organization());
    }
    String org = p.organization() != null ? p.organization()
        : p.role().equals(earlier.role()) ? earlier.organization() : null;
    return new Names.Person(earlier.name(), p.role(), org);
  }

  private Names.Person knownAs(Names.Person p) {
    String surname = p.surname();
    String first = p.name().substring(0, p.name().indexOf(' ') < 0 ? p.name().length() : p.name().indexOf(' '));
    for (Names.Person k : known) {
      if (unaccented(k.surname()).equals(unaccented(surname))
          && (p.surnameOnly() || unaccented(k.name()).startsWith(unaccented(first) + " "))) {
        return k;
      }
    }
    return null;
  }

  /** "Hernández" and "Hernandez" are one person: releases drop accents as often as they keep them. */
  private static String unaccented(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u00C0') {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      }
    }
    return s;
  }

  /**
   * The first place the release writes the surname with a given name before it ("ICE Director John Morton").
   * Paragraphs are read in order, so an introduction before the quote wins over one after it.
   */
  private Names.Person mention(String surname) {
    for (String p : paragraphs) {
      for (int at = p.indexOf(surname); at >= 0; at = p.indexOf(surname, at + 1)) {
        int end = at + surname.length();
        boolean word = (at == 0 || !Character.isLetter(p.charAt(at - 1)))
            && (end == p.length() || !Character.isLetter(p.charAt(end)));
        if (!word) {
          continue;
        }
        Names.Person found = parseBefore(p, at, end);
        if (found != null && !found.surnameOnly()) {
          return found;
        }
      }
    }
    return null;
  }

  /** The one full name the release writes with {@code given} as its given name, or null (none, or several). */
  private Names.Person byGivenName(String given) {
    if (given.length() < 2 || !Character.isUpperCase(given.charAt(0))) {
      return null;
    }
    Names.Person found = null;
    for (String p : paragraphs) {
      for (int at = p.indexOf(given + " "); at >= 0; at = p.indexOf(given + " ", at + 1)) {
        if (at > 0 && Character.isLetter(p.charAt(at - 1))) {
          continue;
        }
        int end = at + given.length() + 1;
        while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '\'' || p.charAt(end) == '-')) {
          end++;
        }
        Names.Person person = end > at + given.length() + 1 ? Names.parse(p.substring(at, end)) : null;
        if (person == null || person.surnameOnly() || person.role() != null || !person.name().startsWith(given + " ")) {
          continue;
        }
        if (found != null && !found.name().equals(person.name())) {
          return null; // two people of that given name: "Carl" is not telling which
        }
        found = person;
      }
    }
    return found;
  }

  private static boolean endsInDash(String token) {
    char c = token.charAt(token.length() - 1);
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  private static Names.Person parseBefore(String p, int at, int end) {
    // Only the words just before the surname matter; a bounded window keeps long paragraphs linear.
    int window = Math.max(0, at - 200);
    int from = Math.max(window, p.lastIndexOf(',', at - 1) + 1);
    from = Math.max(from, window + Sentences.startOfLast(p.substring(window, at), at - window));
    String[] t = Names.tokens(p.substring(from, end));
    if (t.length == 0) {
      return null;
    }
    // The capitalised run that ends in the surname: "officers led by ICE Director John Morton" -> "ICE Director ..."
    int k = t.length - 1;
    while (k > 0 && k > t.length - 1 - WINDOW_TOKENS
        && (Character.isUpperCase(t[k - 1].charAt(0)) || t[k - 1].equals("of") || t[k - 1].equals("the"))
        && !endsInDash(t[k - 1])) {
      k--; // a dateline's "DC-" ends the run: it is where the story is filed, not who speaks
    }
    while (k < t.length - 1 && !Character.isUpperCase(t[k].charAt(0))) {
      k++;
    }
    String[] tail = java.util.Arrays.copyOfRange(t, k, t.length);
    if (tail.length == 0) {
      return null;
    }
    Names.Person person = Names.parse(String.join(" ", tail));
    if (person == null || person.surnameOnly()) {
      return person;
    }
    if (person.role() == null && end + 2 < p.length() && p.startsWith(", ", end)) {
      int stop = Sentences.end(p, end + 2);
      int comma = p.indexOf(',', end + 2);
      String appositive = p.substring(end + 2, comma > 0 && comma < stop ? comma : stop);
      if (!appositive.isEmpty() && Character.isLowerCase(appositive.charAt(0))) {
        String[] role = Roles.describe(appositive);
        return new Names.Person(person.name(), role[0], role[1]);
      }
    }
    return person;
  }
}
