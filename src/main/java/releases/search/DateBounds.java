package releases.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive date range written as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}: "2010" covers the whole
 * year, "2010-06" the whole month.
 */
public record DateBounds(LocalDate first, LocalDate last) {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  public DateBounds {
    if (first == null || last == null || last.isBefore(first)) {
      throw new IllegalArgumentException("bad date bounds " + first + ".." + last);
    }
  }

  /** Parses {@code text}; the exception message says what is wrong, for the user. */
  /** {@link #parse} for an option ("--from", "from"): a bad date is a usage error that names the option. */
  public static DateBounds ofOption(String option, String text) {
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw releases.UserException.usage(option + ": " + e.getMessage());
    }
  }

  public static DateBounds parse(String text) {
    Matcher m = DATE.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("bad date '" + releases.Echo.of(text) + "': use yyyy, yyyy-mm or yyyy-mm-dd");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new DateBounds(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new DateBounds(month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return new DateBounds(day, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("bad date '" + releases.Echo.of(text) + "': no such day or month");
    }
  }
}
