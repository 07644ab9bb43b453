import Lexicon
@testable import Stance

/// Runs quote attribution on a text written in a test.
enum QuoteFixture {
    static let matcher: Matcher = {
        do { return Matcher(lexicon: try LexiconSet.standard()) } catch { fatalError("default lexicon: \(error)") }
    }()

    static func analyse(_ string: String) -> Article {
        let text = Text(string)
        let segmentation: Segmentation
        do { segmentation = try Segmenter().segment(text) } catch { fatalError("segmenter: \(error)") }
        let atoms = AtomCache(matcher: matcher).atoms(for: segmentation)
        return Article(text: text, analysis: QuoteAttribution.analyse(segmentation, atoms: atoms, matcher: matcher))
    }

    /// An analysed article with helpers that read quotes as strings.
    struct Article {
        let text: Text
        let analysis: QuoteAnalysis

        var quotes: [Quote] { analysis.quotes }

        /// The quoted words of quote `index` (parts joined by " … "); "<none>" when there is no such quote.
        func words(_ index: Int) -> String {
            guard quotes.indices.contains(index) else { return "<none>" }
            return quotes[index].parts.map { text.string($0) }.joined(separator: " … ")
        }
        func speaker(_ index: Int) -> Speaker {
            guard quotes.indices.contains(index) else { return Speaker(name: "<none>", type: .unknown) }
            return analysis.speakers[quotes[index].speaker]
        }
        func name(_ index: Int) -> String { speaker(index).name }
        func type(_ index: Int) -> SpeakerType { speaker(index).type }
        func cue(_ index: Int) -> String? { quotes.indices.contains(index) ? quotes[index].cue.map { text.string($0) } : nil }

        /// The quote whose words start with `prefix`.
        func quote(startingWith prefix: String) -> Int? {
            quotes.indices.first { words($0).hasPrefix(prefix) }
        }

        /// Speaker names of all quotes, in order.
        var names: [String] { quotes.indices.map { name($0) } }

        /// The byte offset of the first occurrence of `needle`.
        func offset(of needle: String) -> Int {
            let haystack = Array(text.utf8), bytes = Array(needle.utf8)
            guard bytes.count <= haystack.count else { return -1 }
            for start in 0...(haystack.count - bytes.count) where Array(haystack[start..<(start + bytes.count)]) == bytes {
                return start
            }
            return -1
        }
    }
}
