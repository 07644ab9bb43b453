/// The quotes of one article and who says them.
///
/// Produced by ``QuoteAttribution/analyse(_:atoms:matcher:)``. Quotes are in text order (a nested
/// quote follows the quote that holds it); ``Quote/speaker`` indexes ``speakers``.
public struct QuoteAnalysis: Sendable {
    public var quotes: [Quote]
    public var speakers: [Speaker]
    /// Byte ranges of caption paragraphs ("SKADET: …"): neither quotes nor, by default, narration.
    public var captions: [Range<Int>]
    /// Non-overlapping voiced spans, sorted: the words of quotes (innermost quote wins).
    let voices: [(range: Range<Int>, speaker: Int)]

    public init(quotes: [Quote], speakers: [Speaker], captions: [Range<Int>]) {
        self.quotes = quotes
        self.speakers = speakers
        self.captions = captions
        voices = QuoteAnalysis.voiceMap(quotes)
    }

    /// An article without quotes.
    public static let empty = QuoteAnalysis(quotes: [], speakers: [], captions: [])
}
