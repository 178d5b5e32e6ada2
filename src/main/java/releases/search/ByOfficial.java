package releases.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToLongFunction;
import releases.UserException;
import releases.search.Officials.Official;
import releases.search.Officials.Resolution;

/** Resolves a {@code --by NAME} to exactly one official, or tells the user which officials it could mean. */
final class ByOfficial {

  private ByOfficial() {}

  /**
   * The one official {@code typed} names. When several share the name, {@code hits} counts what the rest of the
   * request finds for each; if only one of them has any, the request itself has narrowed the name down.
   */
  static Official choose(String typed, List<Official> officials, ToLongFunction<Official> hits) {
    Resolution r = Officials.resolve(typed, officials);
    if (r.matches().isEmpty()) {
      throw UserException.usage("no quoted official matches '" + releases.Echo.of(typed) + "'" + suggestions(typed, officials));
    }
    if (r.matches().size() == 1) {
      return r.matches().getFirst();
    }
    List<Official> found = r.matches().stream().filter(o -> hits.applyAsLong(o) > 0).toList();
    if (found.size() == 1) {
      return found.getFirst();
    }
    List<String> names = new ArrayList<>();
    for (Official o : r.matches()) {
      names.add(o.name() + " (" + o.quotes() + (o.quotes() == 1 ? " quote)" : " quotes)"));
    }
    throw UserException.usage("'" + releases.Echo.of(typed) + "' may be any of " + String.join(", ", names)
        + "; give more of the name");
  }

  /** Every written form of the chosen officials, to filter documents on. */
  static List<String> forms(Collection<Official> chosen) {
    return chosen.stream().flatMap(o -> o.forms().stream()).distinct().toList();
  }

  private static String suggestions(String typed, List<Official> officials) {
    PersonName q = PersonName.parse(typed);
    if (q == null) {
      return "";
    }
    List<String> near = officials.stream()
        .filter(o -> NameMatch.compatible(PersonName.parse(o.name()), q, 2))
        .map(Official::name)
        .limit(3)
        .toList();
    return near.isEmpty() ? "; `releases officials` lists them" : "; did you mean " + String.join(", ", near) + "?";
  }
}
