package releases.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The people quoted in a corpus: the written forms of each name grouped into one official, and names typed by a
 * user looked up among them. The canonical name of an official is the fullest form seen.
 */
public final class Officials {

  /**
   * One person under every form the corpus writes the name in.
   *
   * @param name   the canonical (fullest) form
   * @param forms  every written form, the canonical one first
   * @param quotes how many quotes carry one of the forms
   */
  public record Official(String name, List<String> forms, int quotes) {
    public Official {
      forms = List.copyOf(forms);
    }
  }

  /** The officials a typed name may mean; {@code typo} is true when none matched exactly and one edit was allowed. */
  public record Resolution(String typed, List<Official> matches, boolean typo) {
    public Resolution {
      matches = List.copyOf(matches);
    }
  }

  private Officials() {}

  /** Groups written names (each with its number of quotes) into officials, the most quoted first. */
  public static List<Official> group(Map<String, Integer> quotesByForm) {
    List<String> forms = new ArrayList<>(quotesByForm.keySet());
    forms.removeIf(f -> PersonName.parse(f) == null);
    forms.sort(Comparator.comparingInt((String f) -> -PersonName.parse(f).fullness())
        .thenComparing(f -> -quotesByForm.get(f))
        .thenComparing(f -> -f.length())
        .thenComparing(Comparator.naturalOrder()));
    List<Builder> groups = new ArrayList<>();
    for (String form : forms) {
      PersonName name = PersonName.parse(form);
      Builder home = null;
      for (Builder g : groups) {
        if (NameMatch.compatible(g.canonical, name, 0) && (home == null || g.quotes > home.quotes)) {
          home = g;
        }
      }
      if (home == null) {
        home = new Builder(PersonName.parse(form));
        groups.add(home);
      }
      home.forms.add(form);
      home.quotes += quotesByForm.get(form);
    }
    return groups.stream()
        .map(g -> new Official(g.forms.getFirst(), g.forms, g.quotes))
        .sorted(Comparator.comparingInt((Official o) -> -o.quotes()).thenComparing(Official::name))
        .toList();
  }

  /** The officials {@code typed} may name: exact matches if any, else those within one typo. */
  public static Resolution resolve(String typed, List<Official> officials) {
    PersonName query = PersonName.parse(typed);
    if (query == null) {
      return new Resolution(typed, List.of(), false);
    }
    List<Official> exact = matching(query, officials, 0);
    if (!exact.isEmpty()) {
      return new Resolution(typed, exact, false);
    }
    return new Resolution(typed, matching(query, officials, 1), true);
  }

  private static List<Official> matching(PersonName query, List<Official> officials, int typos) {
    List<Official> out = new ArrayList<>();
    for (Official o : officials) {
      if (o.forms().stream().anyMatch(f -> NameMatch.compatible(PersonName.parse(f), query, typos))) {
        out.add(o);
      }
    }
    return out;
  }

  private static final class Builder {
    final PersonName canonical;
    final List<String> forms = new ArrayList<>();
    int quotes;

    Builder(PersonName canonical) {
      this.canonical = canonical;
    }
  }
}
