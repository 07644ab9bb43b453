import Testing
@testable import Lexicon

/// A small lexicon for mechanism tests, independent of the default data.
///
/// `entries` are rows of `pattern, category, polarity, weight, note, context, exclude` with `|`
/// between the fields (spaces around `|` are ignored); `modifiers` rows are `pattern | type | value`.
func testLexicon(entries: [String], modifiers: [String] = []) throws -> LexiconSet {
    func tsv(_ header: String, _ rows: [String]) -> String {
        ([header] + rows.map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\t")
        }).joined(separator: "\n") + "\n"
    }
    var files = [(name: "test.tsv", contents: tsv("pattern\tcategory\tpolarity\tweight\tnote\tcontext\texclude", entries))]
    if !modifiers.isEmpty {
        files.append((name: "test-modifiers.tsv", contents: tsv("pattern\ttype\tvalue\tnote", modifiers.map { $0 + " | test" })))
    }
    return try LexiconSet.load(userFiles: files, includeDefault: false)
}

/// The modifiers of the default lexicon's style, for modifier tests.
let standardTestModifiers = [
    "=ikke | negator | -1", "=aldri | negator | -1", "=ingen | negator | -1", "=ingenting | negator | -1",
    "=intet | negator | -1", "=verken | negator | -1", "=hverken | negator | -1", "=uten | negator | -1",
    "=slett =ikke | negator | -1", "=langt =ifra | negator | -1", "=ikke =noe | negator | -1", "=neppe | negator | -0.5",
    "=ikke =bare | intensifier | 1.25", "=svært | intensifier | 1.5", "=veldig | intensifier | 1.5",
    "=helt | intensifier | 1.5", "=ekstremt | intensifier | 1.8", "=altfor | intensifier | 1.6",
    "=særdeles | intensifier | 1.6", "=mye | intensifier | 1.3",
    "=litt | dampener | 0.6", "=noe | dampener | 0.7", "=nesten | dampener | 0.7", "=ganske | dampener | 0.8",
    "=men | contrast | 1.5", "=likevel | contrast | 1.5", "=imidlertid | contrast | 1.5",
    "=selv =om | contrast | 0.5", "=til =tross =for | contrast | 0.5",
]

/// A hit as tests look at it.
struct FoundHit: CustomStringConvertible {
    var matched: String
    var pattern: String
    var category: String
    var base: Double
    var weight: Double
    var negated: Bool
    var intensified: Bool
    var steps: [String]
    var stepTexts: [String]
    var description: String { "\(matched) [\(pattern) \(category) \(weight)\(negated ? " negated" : "")] \(stepTexts)" }
}

/// Matches `text` against `lexicon` and returns the hits in order.
func findHits(_ text: String, in lexicon: LexiconSet) throws -> [FoundHit] {
    try findHits(text, matcher: Matcher(lexicon: lexicon))
}

func findHits(_ text: String, matcher: Matcher) throws -> [FoundHit] {
    let session = try LexiconSession(matcher: matcher)
    let analysis = session.analyse(Text(text))
    return analysis.hits.map { hit in
        let entry = matcher.lexicon.entries[hit.entry]
        return FoundHit(matched: hit.matched(in: analysis.segmentation.text), pattern: entry.pattern.source,
                        category: entry.category, base: hit.baseWeight, weight: hit.weight, negated: hit.negated,
                        intensified: hit.intensified, steps: hit.trace.map(\.name),
                        stepTexts: hit.trace.map { $0.text(in: analysis.segmentation) })
    }
}

/// The default lexicon's matcher, compiled once for the whole test run.
let defaultMatcher: Matcher = {
    do { return Matcher(lexicon: try LexiconSet.standard()) } catch { fatalError("default lexicon: \(error)") }
}()

func approximately(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }
