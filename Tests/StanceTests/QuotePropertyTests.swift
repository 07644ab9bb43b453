import Lexicon
import PropertyBased
import Testing
@testable import Stance

/// Invariants of quote attribution on random texts glued from the pieces of Norwegian news
/// quotes: dashes, quotation marks, cue verbs, names, pronouns, colons, captions and newlines in
/// any order. Real scraped text has dangling marks, lost dashes and odd paragraphing; none of it
/// may crash the finder or produce a quote outside the text.
@Suite struct QuotePropertyTests {
    static let pieces: [String] = [
        // Cue verbs and clause words
        "sier", "sa", "forteller", "mener", "hevder", "skriver", "opplyser", "ifølge", "Ifølge", "at", "Det",
        "heter det", "la til", "legger til", "til VG", "til NTB", "på Facebook", "ikke", "også", "og", "men",
        // Speakers
        "han", "hun", "de", "Han", "Hun", "De", "Kari Nordmann", "Nordmann", "Per Olsen", "Olsen", "kvinnene",
        "ordføreren", "moren", "politiet", "Oslo kommune", "Statistisk sentralbyrå", "Norges Bank",
        "direktør ved Det norske teatret", "Høyres", "Ap-leder", "statsminister",
        // Quoted words
        "Vi", "er", "redde", "dette", "går ikke", "hjem", "krigen", "må slutte", "alle", "lover",
        // Marks and punctuation
        "«", "»", "‹", "›", "\"", "“", "”", ",", ",", ".", ".", "?", "!", ":", "…", "(", ")",
        // Dashes, at paragraph starts and inside
        "– ", " – ", "—", "− ", "- ", "-",
        // Captions, credits, teasers
        "SKADET:", "FOTO:", "Foto: NTB", "LES OGSÅ:",
        // Spaces and paragraphing
        " ", " ", " ", " ", "\n", "\n\n", "\n\n", "\n\n– ", "\n\n«",
    ]

    static let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...60).map { indices in
        indices.map { QuotePropertyTests.pieces[$0] }.joined()
    }

    @Test func quotesStayInsideTheTextAndPointAtRealSpeakers() async {
        await propertyCheck(count: 400, input: Self.texts) { string in
            let article = QuoteFixture.analyse(string)
            let bytes = article.text.utf8
            func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
            for quote in article.quotes {
                #expect(!quote.parts.isEmpty)
                var previousEnd = 0
                for part in quote.parts {
                    #expect(part.lowerBound >= previousEnd && part.upperBound <= bytes.count && !part.isEmpty)
                    #expect(isBoundary(part.lowerBound) && isBoundary(part.upperBound))
                    previousEnd = part.upperBound
                }
                if let cue = quote.cue { #expect(cue.lowerBound >= 0 && cue.upperBound <= bytes.count) }
                #expect(article.analysis.speakers.indices.contains(quote.speaker))
                #expect((0...1).contains(quote.confidence))
                if let enclosing = quote.enclosing { #expect(article.quotes.indices.contains(enclosing)) }
            }
            // An empty name is the one unresolved speaker, typed `unknown`.
            for speaker in article.analysis.speakers where speaker.name.isEmpty { #expect(speaker.type == .unknown) }
        }
    }

    @Test func attributionIsAFunctionOfTheText() async {
        await propertyCheck(count: 100, input: Self.texts) { string in
            #expect(QuoteFixture.analyse(string).quotes == QuoteFixture.analyse(string).quotes)
        }
    }

    /// Found by feeding random pieces: a dash paragraph followed by a stray mark at the very end
    /// of the document read one token past the last (a crash, before the fix).
    @Test(arguments: ["Tittel\n\n– Hei, sier han. «", "Tittel\n\n– Hei, sier han. –", "Tittel\n\n– «Hei» – ,"])
    func strayMarkAtTheEndOfTheDocument(_ text: String) {
        let article = QuoteFixture.analyse(text)
        #expect(article.words(0).hasPrefix("Hei") || article.words(0).hasPrefix("«Hei»"))
        #expect(article.quotes.count == 1)
    }
}
