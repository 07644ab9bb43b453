import PropertyBased
import Testing
@testable import Lexicon

/// Invariants of ``Segmenter/segment(_:)`` on random texts made of Norwegian news pieces.
@Suite struct SegmentationPropertyTests {
    /// Pieces random texts are glued from: words, punctuation, dashes, quotes, abbreviations,
    /// numbers, links, emoji (with ZWJ and modifiers), combining marks, and every kind of newline.
    static let pieces: [String] = [
        // Words and names
        "soldatene", "Kvinnene", "krever", "svar", " ", " ", " ", "  ", "NATO-sjefen", "Kursk-regionen",
        "Sverdlovsk- og Perm-regionene", "sier", "hun", "han", "Forsvarsdepartementet", "ØYVIND", "Åse",
        "blåbær", "vegane", "heime", "ikkje", "i", "på", "mandag", "mars", "mai",
        // Punctuation and quotes
        ".", ".", ",", "?", "!", ":", ";", "…", "«", "»", "‹", "›", "\"", "“", "”", "’", "(", ")", "/",
        // Dashes
        "– ", " – ", "—", "− ", "- ", " - ", "-",
        // Abbreviations, numbers, dates
        "bl.a.", "f.eks.", "3 mill. Kroner", "mrd.", "ca.", "nr.", "pga.", "dvs.", "osv.", "kl. 14.30", "St.", "dr.", "prof.",
        "3.", "17. mai", "1. januar 2023", "5,5 prosent", "2019.", "22-åringen", "(45)", "A.", "FOTO:", "SKADET:",
        // Links
        "https://www.nrk.no/nyheter/artikkel-1.2345", "www.vg.no", "tips@vg.no", "&nbsp;",
        // Emoji and combining marks
        "👍🏽", "👨‍👩‍👧", "❤️", "🇳🇴", "a\u{30A}", "e\u{301}", "\u{301}", "\u{200D}",
        // Newlines and odd spaces
        "\n", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\t", "\u{00A0}", "\u{2009}", "\u{FEFF}",
    ]

    static let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...80).map { indices in
        indices.map { SegmentationPropertyTests.pieces[$0] }.joined()
    }

    /// A text as `Text` reads it: a leading BOM dropped, CRLF and CR turned into LF.
    static func normalised(_ string: String) -> String {
        var scalars = Array(string.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r" {
                out.append("\n")
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            } else {
                out.append(scalars[index])
            }
            index += 1
        }
        return String(out)
    }

    @Test func textReadsAsNormalisedString() async {
        await propertyCheck(input: Self.texts) { string in
            let text = Text(string)
            #expect(Array(text.string.unicodeScalars) == Array(Self.normalised(string).unicodeScalars))
            #expect(text.scalarCount == Self.normalised(string).unicodeScalars.count)
        }
    }

    @Test func scalarOffsetsRoundTripForSentencesAndTokens() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 400, input: Self.texts) { string in
            let segmentation = segmenter.segment(Text(string))
            let scalars = Array(Self.normalised(string).unicodeScalars)
            func sliced(_ range: Range<Int>) -> [Unicode.Scalar] {
                let scalarRange = segmentation.scalarRange(range)
                return Array(scalars[scalarRange])
            }
            for sentence in segmentation.sentences {
                #expect(sliced(sentence.range) == Array(segmentation.string(sentence.range).unicodeScalars))
            }
            for token in 0..<segmentation.tokens.count {
                let range = segmentation.tokens.range(token)
                #expect(sliced(range) == Array(segmentation.string(range).unicodeScalars))
            }
            for paragraph in segmentation.paragraphs {
                #expect(sliced(paragraph.range) == Array(segmentation.string(paragraph.range).unicodeScalars))
            }
        }
    }

    @Test func sentencesTileTheirParagraphWithOnlyWhiteSpaceBetween() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 400, input: Self.texts) { string in
            let segmentation = segmenter.segment(Text(string))
            var previousParagraphEnd = 0
            var nextSentence = 0
            for (index, paragraph) in segmentation.paragraphs.enumerated() {
                #expect(paragraph.range.lowerBound >= previousParagraphEnd, "paragraphs overlap")
                #expect(!paragraph.range.isEmpty)
                let scalars = segmentation.string(paragraph.range).unicodeScalars
                #expect(scalars.first.map { !$0.properties.isWhitespace } ?? false, "paragraph starts with white space")
                #expect(scalars.last.map { !$0.properties.isWhitespace } ?? false, "paragraph ends with white space")
                previousParagraphEnd = paragraph.range.upperBound
                #expect(paragraph.sentences.lowerBound == nextSentence, "sentences of paragraphs are contiguous")
                nextSentence = paragraph.sentences.upperBound
                var position = paragraph.range.lowerBound
                for sentenceIndex in paragraph.sentences {
                    let sentence = segmentation.sentences[sentenceIndex]
                    #expect(sentence.paragraph == index)
                    #expect(!sentence.range.isEmpty)
                    #expect(sentence.range.lowerBound >= position, "sentences in order, not overlapping")
                    #expect(sentence.range.upperBound <= paragraph.range.upperBound, "sentence inside its paragraph")
                    #expect(Self.isBlank(segmentation.string(position..<max(position, sentence.range.lowerBound))),
                            "only white space before a sentence")
                    position = sentence.range.upperBound
                }
                #expect(Self.isBlank(segmentation.string(min(position, paragraph.range.upperBound)..<paragraph.range.upperBound)),
                        "only white space after the last sentence")
            }
            #expect(nextSentence == segmentation.sentences.count)
        }
    }

    @Test func tokensLieInsideTheirSentenceWithoutOverlap() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 400, input: Self.texts) { string in
            let segmentation = segmenter.segment(Text(string))
            var previousEnd = 0
            for token in 0..<segmentation.tokens.count {
                let range = segmentation.tokens.range(token)
                #expect(!range.isEmpty)
                #expect(range.lowerBound >= previousEnd, "tokens overlap")
                previousEnd = range.upperBound
            }
            var nextToken = 0
            for sentence in segmentation.sentences {
                #expect(sentence.tokens.lowerBound >= nextToken)
                nextToken = sentence.tokens.upperBound
                for token in sentence.tokens {
                    let range = segmentation.tokens.range(token)
                    #expect(sentence.range.contains(range.lowerBound) && range.upperBound <= sentence.range.upperBound,
                            "token \(segmentation.surface(token: token).debugDescription) outside \(segmentation.string(sentence.range).debugDescription)")
                }
            }
        }
    }

    @Test func tokensNeverContainLineBreaksOrStartWithSpace() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 400, input: Self.texts) { string in
            let segmentation = segmenter.segment(Text(string))
            for token in 0..<segmentation.tokens.count {
                let surface = segmentation.surface(token: token)
                #expect(!surface.unicodeScalars.contains("\n"), "\(surface.debugDescription)")
                #expect(surface.unicodeScalars.first.map { !$0.properties.isWhitespace } ?? false, "\(surface.debugDescription)")
            }
        }
    }

    @Test func segmentingIsDeterministic() async throws {
        let segmenter = try Segmenter()
        let other = try Segmenter()
        await propertyCheck(count: 100, input: Self.texts) { string in
            let first = segmenter.segment(Text(string))
            let again = segmenter.segment(Text(string))
            let fresh = other.segment(Text(string))
            for result in [again, fresh] {
                #expect(result.paragraphs == first.paragraphs)
                #expect(result.sentences == first.sentences)
                #expect(result.tokens.starts == first.tokens.starts)
                #expect(result.tokens.ends == first.tokens.ends)
                #expect(result.tokens.kinds == first.tokens.kinds)
                #expect(result.foldedForms == first.foldedForms)
            }
        }
    }

    /// White space as the segmenter trims it, plus the "&nbsp;" entity it reads as a space.
    static func isBlank(_ string: String) -> Bool {
        string.replacingOccurrences(of: "&nbsp;", with: " ").unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{00A0}" }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
