import Testing
@testable import Lexicon

/// ``SentenceRules`` built from custom lists, and the standard lists from the default lexicon.
@Suite struct SentenceRulesTests {
    @Test func standardRulesKnowCommonAbbreviations() {
        let rules = SentenceRules.standard
        for abbreviation in ["bl.a.", "f.eks.", "mill.", "mrd.", "ca.", "nr.", "pga.", "dvs.", "kl.", "st.", "dr.", "prof."] {
            #expect(rules.abbreviations.lookup(abbreviation) != nil, "\(abbreviation)")
        }
        for listEnding in ["osv.", "etc.", "kr.", "f.kr."] {
            #expect(rules.abbreviations.lookup(listEnding) == nil, "\(listEnding)")
        }
    }

    @Test func standardRulesKnowMonthsAndWeekdays() {
        let rules = SentenceRules.standard
        for name in ["januar", "mars", "mai", "desember", "mandag", "søndag"] {
            #expect(rules.months.lookup(name) != nil, "\(name)")
        }
    }

    @Test func customAbbreviationSuppressesBreak() throws {
        let rules = SentenceRules(abbreviations: ["Avd."], months: [])
        let segmenter = try Segmenter(rules: rules)
        let segmentation = segmenter.segment(Text("Hun jobber på avd. Nord i Tromsø. Der trives hun."))
        #expect(segmentation.sentenceTexts == ["Hun jobber på avd. Nord i Tromsø.", "Der trives hun."])
    }

    @Test func withoutAbbreviationListIcuBreaksBeforeCapital() throws {
        let segmenter = try Segmenter(rules: SentenceRules(abbreviations: [], months: []))
        let segmentation = segmenter.segment(Text("Det kom bl.a. Representanter fra Sverige."))
        #expect(segmentation.sentenceTexts == ["Det kom bl.a.", "Representanter fra Sverige."])
    }

    @Test func customMonthListDecidesOrdinalBeforeCapital() throws {
        let text = Text("Møtet er 3. Oktober i Oslo.")
        let withMonths = try Segmenter(rules: SentenceRules(abbreviations: [], months: ["oktober"])).segment(text)
        #expect(withMonths.sentenceTexts == ["Møtet er 3. Oktober i Oslo."])
        let without = try Segmenter(rules: SentenceRules(abbreviations: [], months: [])).segment(text)
        #expect(without.sentenceTexts == ["Møtet er 3.", "Oktober i Oslo."])
    }
}
