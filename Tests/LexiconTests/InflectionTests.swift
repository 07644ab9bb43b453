import Testing
@testable import Lexicon

@Suite struct InflectionTests {
    @Test(arguments: [
        ("kjøtt", ["kjøtt", "kjøttet"]),
        ("våpen", ["våpen", "våpenet", "våpnene"]),
        ("mangel", ["mangel", "mangelen", "mangler"]),
        ("sende", ["sende", "sender", "sendte", "sendt"]),
        ("bevæpne", ["bevæpne", "bevæpnede"]),
        ("si", ["si", "sa", "sier"]),
        ("mann", ["mann", "mannen", "menn", "mennene"]),
        // A final é is written plain when the word is inflected (and often in the lemma).
        ("komité", ["komité", "komiteen", "komiteer", "komiteene", "komite"]),
        ("armé", ["armé", "armeen", "armeer"]),
    ])
    func lemmaGeneratesItsForms(lemma: String, forms: [String]) {
        let generated = NorwegianInflection.forms(of: lemma)
        for form in forms { #expect(generated.contains(form), "\(lemma) → \(form)") }
    }

    @Test func shortLemmasDoNotSwallowUnrelatedWords() {
        // "si" must not become "sine" or "sikker".
        let forms = NorwegianInflection.forms(of: "si")
        #expect(!forms.contains("sine"))
        #expect(!forms.contains("sikker"))
    }

    @Test(arguments: [
        ("kjøtt", "Kjøttet var dårlig."),
        ("våpen", "Våpnene kom aldri."),
        ("mangel", "De mangler alt."),
        ("sende", "Hun sendte beskjed."),
        ("bevæpne", "De bevæpnede mennene kom."),
        ("si", "Han sa det selv."),
        ("mann", "Mennene ventet."),
        ("komité", "Komiteen var enig."),
    ])
    func lemmaPatternMatchesAnInflectedFormInText(lemma: String, sentence: String) throws {
        let lexicon = try testLexicon(entries: ["\(lemma) | test.lemma | neutral | 1 | inflection"])
        #expect(try findHits(sentence, in: lexicon).count == 1, "\(lemma) in \(sentence)")
    }
}
