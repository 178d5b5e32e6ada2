package releases.ingest;

/** The saved forms a corpus file can take, told apart by content ({@link Sniffer}), not by extension. */
public enum Format {
  TEXT, HTML, PDF, DOCX, DOC, ODT, RTF, EML, MBOX, WARC;

  /** The name shown in records: lower case. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** True for files that hold several releases, each given the id {@code FILE#N}. */
  public boolean container() {
    return this == MBOX || this == WARC;
  }
}
