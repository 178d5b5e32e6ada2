package releases.ingest;

import java.util.List;

/** What one format reader made of a file: its releases' pages, whether a limit cut it, and what it passed over. */
public record Reading(List<Page> pages, boolean truncated, List<String> notes) {

  public Reading {
    pages = List.copyOf(pages);
    notes = List.copyOf(notes);
  }

  public static Reading of(Page page) {
    return new Reading(List.of(page), false, List.of());
  }
}
