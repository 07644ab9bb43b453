/// One quotation: who is reported as saying which words, where.
///
/// Spans are UTF-8 byte ranges into the document's ``Lexicon/Text`` (convert with
/// `Text.scalarOffset(ofByte:)` for output). A quote interrupted by its attribution
/// ("– Vi er redde, sier hun, – og vi vil ha dem hjem.") is **one** quote with two ``parts`` and
/// the cue between them; ``range`` then runs from the first part's start to the last part's end
/// and includes the attribution, which ``parts`` leave out.
public struct Quote: Sendable, Hashable {
    /// The quoted words: no opening dash, no quotation marks, no attribution clause. For a direct
    /// quote ended by its attribution the comma before the cue is left out, while a "?" or "!"
    /// that belongs to the quote is kept; an unattributed quote keeps its final punctuation.
    public var parts: [Range<Int>]
    /// Index into ``Lexicon/Segmentation/paragraphs``.
    public var paragraph: Int
    /// Indices into ``Lexicon/Segmentation/sentences`` of the sentences the quote touches.
    public var sentences: Range<Int>
    /// Byte range of the cue: the reporting verb ("sier", "la hun til"), "ifølge", a colon, or
    /// nil when the speaker was inferred (continuation, interviewer question).
    public var cue: Range<Int>?
    /// Index into ``QuoteAnalysis/speakers``.
    public var speaker: Int
    public var mode: QuoteMode
    /// How sure the attribution is, in [0, 1].
    public var confidence: Double
    /// The rule that attributed the quote (for tracing and evaluation).
    public var rule: AttributionRule
    /// For a quote inside another quote ("Han sier ‹alle lover er fulgt›"): the index of the
    /// enclosing quote in ``QuoteAnalysis/quotes``.
    public var enclosing: Int?

    public init(parts: [Range<Int>], paragraph: Int, sentences: Range<Int>, cue: Range<Int>?, speaker: Int,
                mode: QuoteMode, confidence: Double, rule: AttributionRule, enclosing: Int? = nil) {
        self.parts = parts
        self.paragraph = paragraph
        self.sentences = sentences
        self.cue = cue
        self.speaker = speaker
        self.mode = mode
        self.confidence = confidence
        self.rule = rule
        self.enclosing = enclosing
    }

    /// From the start of the first part to the end of the last.
    public var range: Range<Int> { (parts.first?.lowerBound ?? 0)..<(parts.last?.upperBound ?? 0) }

    /// Whether byte `offset` lies in the quoted words (not in an attribution between parts).
    public func contains(_ offset: Int) -> Bool { parts.contains { $0.contains(offset) } }
}

/// Direct quotation (the speaker's own words) or reported speech.
public enum QuoteMode: String, Sendable, Hashable, Codable, CaseIterable {
    case direct
    case indirect
}

/// Which rule found a quote's speaker.
public enum AttributionRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// A cue after the quote: "– …, sier Kari Nordmann til NTB." / "«…», skriver hun."
    case cueAfter = "cue-after"
    /// A cue in the next sentence or paragraph: "– … . Det sa Nordmann til NTB."
    case cueNextSentence = "cue-next-sentence"
    /// A colon after the speaker or a reporting clause: "Nordmann: – …", "Hun sier det slik: «…»";
    /// also a paragraph without quotation marks after "Som Nordmann svarte:" or "Til NRK sier
    /// Nordmann at" ending the paragraph before.
    case colon
    /// The title's "Speaker: – quote" form.
    case titleColon = "title-colon"
    /// An unattributed quote paragraph that continues the current speaker.
    case continuation
    /// An unattributed question before an answer: the interviewer.
    case interviewerQuestion = "interviewer-question"
    /// A pull quote or title quote repeating words that are attributed elsewhere in the article;
    /// also a translation of the quote just given ("Oversatt til norsk: «…»").
    case repeatedQuote = "repeated-quote"
    /// A short quote used as a subheading ("– Må være oppmerksomme"): the speaker of the
    /// section it heads.
    case subheading
    /// A speech verb with an at-clause: "Nordmann sier at …" (indirect).
    case reportedClause = "reported-clause"
    /// A verb of opinion with a bare clause: "Nordmann mener regjeringen tar feil" (indirect).
    case opinionClause = "opinion-clause"
    /// "ifølge X" (indirect).
    case accordingTo = "according-to"
    /// A quote inside a quote, after a speech verb or colon inside the outer quote.
    case nested
    /// A «partial quote» inside a sentence: in reported speech ("sier at hun «støtter
    /// forslaget»") or after a verb of saying or calling ("kalte terroren «nødvendig»").
    case partialQuote = "partial-quote"
    /// The speaker in parentheses after the quotation: "«et hån mot innbyggerne» (Kari Holm, Sp)";
    /// also a quotation paragraph signed by a name: "«…» Kari Holm (Sp)", and a paragraph that lost
    /// its quotation marks, signed the same way after a colon or in the first person
    /// ("Vi er fristilt i slike saker. Kari Holm, Sp").
    case parenthesis
    /// ", slik X sa": the clause before it is X's (indirect); also a quotation right before it
    /// ("«under enhver kritikk» slik Aftenposten uttrykte det", direct).
    case slikClause = "slik-clause"
    /// A reporting noun with its source: "Geologenes konklusjon er at …", "Utsagn fra
    /// politikere om at …" (indirect).
    case reportingNoun = "reporting-noun"
    /// No speaker could be found.
    case unattributed
}
