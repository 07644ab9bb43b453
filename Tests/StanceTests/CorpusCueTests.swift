import Testing
@testable import Stance

/// Reporting and opinion cues found by counting "SUBJECT + verb (+ words) + at" over the non-gold
/// bench news (vedgå, framholde, forvente, mistenke, føle, utelukke, reagere på, sikte til,
/// "ha inntrykk av", "ha tro på"), the modal "kunne"/"kan" before an infinitive cue, and the
/// speaker roles those quotes needed.
@Suite struct CorpusCueTests {
    @Test func admittingAndMaintainingVerbsInEveryTense() {
        let article = QuoteFixture.analyse("""
        Ordfører Eva Strand vedgår at kommunen har vært for treg.

        Havnesjef Olav Berg vedgikk at kaien var i dårlig stand.

        Direktør Liv Aas har vedgått at budsjettet sprakk.

        Fylkesordfører Nils Moe framholder at vedtaket står fast.
        """)
        #expect(article.quotes.count == 4)
        #expect(article.words(0) == "kommunen har vært for treg")
        #expect(article.names == ["Eva Strand", "Olav Berg", "Liv Aas", "Nils Moe"])
        #expect(article.words(3) == "vedtaket står fast")
    }

    @Test func opinionVerbsOfExpectingSuspectingAndFeeling() {
        let article = QuoteFixture.analyse("""
        Lensmann Per Olsen mistenker at brannen i låven var påsatt.

        Trener Siri Dahl forventer at laget svarer etter tapet.

        Kapteinen Ole Rud føler at laget har fått for lite hvile.

        Politiet utelukker ikke at flere kan ha vært involvert.
        """)
        #expect(article.quotes.count == 4)
        #expect(article.words(0) == "brannen i låven var påsatt")
        #expect(article.words(1) == "laget svarer etter tapet")
        #expect(article.words(2) == "laget har fått for lite hvile")
        #expect(article.words(3) == "flere kan ha vært involvert")
        #expect(article.name(1) == "Siri Dahl")
        #expect(article.name(3) == "politiet" || article.name(3) == "Politiet")
    }

    @Test func prepositionalAndNounCues() {
        let article = QuoteFixture.analyse("""
        Rektor Anne Lie reagerer sterkt på at elevene ble sendt hjem uten varsel.

        Hun sikter til at ingen foreldre fikk beskjed.

        Trener Kjell Ask hadde inntrykk av at spillerne var slitne etter reisen.

        Styreleder Mona Hauge har stor tro på at klubben rykker opp.
        """)
        #expect(article.quotes.count == 4)
        #expect(article.words(0) == "elevene ble sendt hjem uten varsel")
        #expect(article.words(1) == "ingen foreldre fikk beskjed")
        #expect(article.name(1) == "Anne Lie")
        #expect(article.words(2) == "spillerne var slitne etter reisen")
        #expect(article.names[2...] == ["Kjell Ask", "Mona Hauge"])
    }

    @Test func wordsThatAreNoReportingCues() {
        let article = QuoteFixture.analyse("""
        Mannen ble siktet for tyveri etter at bilen ble funnet.

        Mange pasienter føler seg oversett.

        Ekspertene kan ikke fastslå at algene drepte fisken.

        Klimanøytralitet vil si at utslippene veies opp av opptak.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func modalBeforeAnInfinitiveCue() {
        let article = QuoteFixture.analyse("""
        Tidligere i høst kunne Bygdeposten melde at fabrikken legges ned.

        Ordfører Kari Moen kunne fortelle at det nye badet åpner i mars.

        Politiet kan bekrefte at to personer er pågrepet.
        """)
        #expect(article.quotes.count == 3)
        #expect(article.words(0) == "fabrikken legges ned")
        #expect(article.name(0) == "Bygdeposten")
        #expect(article.name(1) == "Kari Moen")
        #expect(article.words(2) == "to personer er pågrepet")
    }

    @Test func anotherCompoundOfTheSameRoleIsAnotherPerson() {
        let article = QuoteFixture.analyse("""
        Anna Berg fortsetter som statsminister etter valget.

        Innenriksminister Tor Lund varslet at han går av.

        Statsministeren vedgår at regjeringen står svakt.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Tor Lund")
        #expect(article.name(1) == "Anna Berg")
    }
}
