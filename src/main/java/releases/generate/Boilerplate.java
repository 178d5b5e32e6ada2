package releases.generate;

/** Paragraphs that recur word for word across releases, as agency program descriptions and footers do. */
final class Boilerplate {

  private Boilerplate() {}

  /** Program and process descriptions; a release carries one to three of them. */
  static final String[] PROGRAM = {
    "Under Secure Communities, the fingerprints that local officers take at booking are already sent to the FBI to "
        + "check criminal history. With the program in place, those same prints are also compared against the "
        + "immigration records held by the Department of Homeland Security. When the two match, ICE is notified "
        + "automatically, reviews the case, and decides what enforcement action is appropriate, giving first "
        + "priority to people convicted of the most serious offenses such as homicide, sexual assault and "
        + "large-scale drug trafficking.",
    "The biometric check adds no work for the arresting agency. Booking officers continue to follow their usual "
        + "procedures, and the fingerprint records travel through the existing state identification bureau to the "
        + "federal systems. Participation does not authorize local officers to enforce immigration law, and it "
        + "does not change who is arrested or why; it only changes what federal officials learn about people "
        + "who are already in custody.",
    "Since the information sharing capability was first switched on in the fall of 2008, it has spread to well "
        + "over a thousand jurisdictions across dozens of states and territories. The agency expects every "
        + "booking location in the country to be covered within a few years, subject to available resources and "
        + "the pace at which state identification bureaus can connect.",
    "Homeland Security Investigations is the agency's principal investigative directorate. Its special agents "
        + "work cases involving the illegal movement of people, money and goods across the nation's borders, "
        + "including human smuggling and trafficking, export violations, counterfeit merchandise, financial "
        + "crimes, child exploitation and the theft of cultural property.",
    "Enforcement and Removal Operations identifies, arrests and removes people who have no lawful right to remain "
        + "in the country, with priority given to those who threaten public safety or national security, recent "
        + "border crossers, and people who ignored final orders of removal issued by an immigration judge.",
    "The 287(g) program allows a state or local law enforcement agency to enter into a written agreement with the "
        + "agency under which selected officers, after training and under federal supervision, perform certain "
        + "immigration functions. Agreements are reviewed regularly and may be ended by either party.",
    "Employers are required to verify the identity and work eligibility of every person they hire and to keep "
        + "the related forms on file. The agency's worksite strategy targets employers who knowingly hire "
        + "unauthorized workers, and it relies on inspections, civil fines and, where the facts warrant, criminal "
        + "prosecution.",
    "The agency's tip line accepts information around the clock in English and Spanish. Callers may remain "
        + "anonymous. Reports about suspicious activity, human trafficking, child exploitation or the smuggling of "
        + "weapons and cash are passed to investigators in the field office closest to the caller."
  };

  /** Agency footers, the last paragraph of most releases. */
  static final String[] FOOTER = {
    "U.S. Immigration and Customs Enforcement (ICE) is the largest investigative component of the Department of "
        + "Homeland Security. Its mission is to protect the nation by enforcing the federal laws that govern "
        + "border control, customs, trade and immigration. For more information, visit www.ICE.gov. To report "
        + "suspicious activity, call 1-866-347-2423.",
    "ICE was created in 2003 when the investigative and interior enforcement parts of the former customs and "
        + "immigration services were combined. Today it has more than 20,000 employees in offices in every state "
        + "and in dozens of foreign countries."
  };

  /** Social-link paragraphs: page furniture, not content. */
  static final String[] SOCIAL = {
    "You may also visit us on Facebook (http://www.facebook.com/wwicegov), Twitter (http://twitter.com/wwicegov) "
        + "and YouTube (http://www.youtube.com/wwicegov), or access this news release on your [mobile device](#).",
    "Follow ICE on [Twitter](http://twitter.com/ICEgov) | [Facebook](http://www.facebook.com/ICEgov) | "
        + "[YouTube](http://www.youtube.com/ICEgov)",
    "Share | Print | E-mail this page",
    "[Facebook](#) [Twitter](#) [Email](#) [Print](#)"
  };
}
