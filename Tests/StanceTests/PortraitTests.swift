import Testing
@testable import Stance

/// Interviews, features and portraits (weekend magazines, local-paper portraits): people first
/// named by a first name or a nickname, couples and families speaking in turn, names and titles
/// in quotation marks that nobody says.
@Suite struct PortraitTests {
    @Test func coupleIntroducedByFirstNamesIsFoundAgainByFirstName() {
        let article = QuoteFixture.analyse("""
        Gartneriet på Hvaler

        Arne og Berit Lunde kjøpte gartneriet i 1991.

        – Vi visste ingenting om blomster, sier Arne Lunde (66).

        Arne går bort til drivhuset.

        – Tomatene er de beste i hele fylket.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.names == ["Arne Lunde", "Arne Lunde"])
    }

    @Test func firstNameBeforeTheFullNameIsOnePerson() {
        let article = QuoteFixture.analyse("""
        Sjåføren

        Torill kjører buss i Alta. Hun har gjort det i tjue år.

        – Jeg kjenner alle passasjerene, sier Torill Hætta (52).

        – Noen av dem har jeg kjørt til skolen i ti år, sier Torill.
        """)
        #expect(article.names == ["Torill Hætta", "Torill Hætta"])
    }

    @Test func nicknameInsideTheNameKeepsTheSurname() {
        let article = QuoteFixture.analyse("""
        Keeperen er tilbake

        Etter et år med skader står Marius «Muren» Haugland (29) i mål for Viking igjen.

        – Jeg har savnet dette hver eneste dag, sier Haugland til Aftenbladet.

        Kona, Hanne Haugland, har fulgt ham gjennom rehabiliteringen.

        – Han var umulig å bo med, sier hun.

        – Det har vært lange dager, sier Muren.
        """)
        #expect(article.name(0).hasPrefix("Marius"))
        #expect(article.name(0).hasSuffix("Haugland"))
        #expect(article.name(1) == "Hanne Haugland")
        #expect(article.name(2) == article.name(0))
    }

    @Test func nicknameOpeningItsSentenceIsNoQuote() {
        let article = QuoteFixture.analyse("""
        Bakeren i Brekkestø

        Alle i bygda kaller henne «Bolle-Berit». Hun har bakt i førti år.

        «Bolle-Berit» stenger bakeriet til jul.

        – Jeg er sliten, sier Berit Holm (71).
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Jeg er sliten")
    }

    @Test func passiveVerbOfCallingBeforeANameIsNoQuote() {
        let article = QuoteFixture.analyse("""
        Legen i Lom

        Han kalles «Doktor Hans» av alle som bor i dalen.

        – Jeg er bare en vanlig lege, sier Hans Brekke.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Hans Brekke")
    }

    @Test func sharedSurnameGoesToThePersonAlreadyCalledBySurname() {
        let article = QuoteFixture.analyse("""
        Årets ildsjel

        Geir Solheim (61) har drevet skiskolen i Tynset i 25 år.

        – Jeg trodde det var en spøk, sier Solheim.

        Det var datteren Ingrid som sendte inn nominasjonen.

        – Pappa har aldri tatt en dag fri om vinteren, sier Ingrid Solheim.

        Solheim selv mener at æren tilhører de frivillige.

        – Uten dem stopper alt, sier han.
        """)
        #expect(article.names == ["Geir Solheim", "Ingrid Solheim", "Geir Solheim", "Geir Solheim"])
    }

    @Test func craftsmanTitleOpeningACaptionIsNoFirstName() {
        let article = QuoteFixture.analyse("""
        Verkstedet

        I VERKSTEDET: Snekkeren Ove Tangen (59) på Fevik.

        – Jeg har laget over tusen stoler, sier Tangen.
        """)
        #expect(article.name(0) == "Ove Tangen")
        #expect(article.type(0) == .civilian)
    }

    @Test func everydayTitlesBeforeANameAreNoFirstNames() {
        let article = QuoteFixture.analyse("""
        Bandet fyller 30

        Trommeslager Rune Aas (55) har vært med fra starten.

        – Vi øver fortsatt hver tirsdag, sier Aas.

        Tvillingene Siri og Mari Dahl (12) står på første rad.

        Skomaker Leif Berntsen (80) har reparert bandets støvler i alle år.

        – De sliter hardt på hælene, sier Berntsen.
        """)
        #expect(article.names == ["Rune Aas", "Leif Berntsen"])
        #expect(article.type(1) == .civilian)
    }

    @Test func titleOfAWorkOpeningItsSentenceIsNoQuote() {
        let article = QuoteFixture.analyse("""
        Tilbake på scenen

        – Jeg har gledet meg i et helt år, sier skuespiller Vilde Ask (34).

        «En folkefiende» har premiere på Nationaltheatret i morgen.

        «Vi gir oss aldri», sier Ask.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "Vi gir oss aldri")
    }

    @Test func invertedNameInNarrationSpeaksTheNextQuote() {
        let article = QuoteFixture.analyse("""
        Comeback i Molde

        – Hun har vært vår beste spiller i år, sier trener Rolf Eide.

        Etter to år med skader er Kaja Strøm (24) tilbake på banen.

        – Jeg har drømt om dette lenge, sier Strøm.

        – Vi må ikke presse henne for hardt, sier Eide.

        Nå smiler Strøm.

        – Jeg er ikke redd for å bli skadet igjen.
        """)
        #expect(article.names == ["Rolf Eide", "Kaja Strøm", "Rolf Eide", "Kaja Strøm"])
    }

    @Test func pronounInsideAQuoteIntroducesTheQuotedPersonsWords() {
        let article = QuoteFixture.analyse("""
        Ny start i Narvik

        Amina Yusuf (34) kom til Narvik med datteren Leila (6) i fjor.

        – Leila trives i barnehagen, sier Yusuf.

        – Bestemor ville ikke reise fra Mogadishu. Hun sa: «Her er jeg født, og her skal jeg dø.»
        """)
        guard let nested = article.quote(startingWith: "Her er jeg født") else {
            Issue.record("no nested quote")
            return
        }
        #expect(article.name(nested).lowercased() == "bestemor")
    }

    @Test func rememberingVerbInSAfterAQuoteIsItsAttribution() {
        let article = QuoteFixture.analyse("""
        Krigsbarnet

        Solveig Dahl (86) vokste opp på Kirkenes under krigen.

        – Vi bodde i en gruve i flere uker, minnes hun.

        – Mor sang for oss hver kveld, mintes Dahl i fjor.
        """)
        #expect(article.words(0) == "Vi bodde i en gruve i flere uker")
        #expect(article.names == ["Solveig Dahl", "Solveig Dahl"])
    }

    @Test func appositionAndVerbWithAnAdverbBeforeAtStayInsideTheQuote() {
        let article = QuoteFixture.analyse("""
        Losen

        Per Aune (70) har vært los i Oslofjorden i 40 år.

        – Kona mi, Else, sa alltid at havet var min elskerinne, sier Aune.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Kona mi, Else, sa alltid at havet var min elskerinne")
        #expect(article.name(0) == "Per Aune")
    }

    @Test func weAskingAfterAQuestionIsTheInterviewer() {
        let article = QuoteFixture.analyse("""
        Bokseren

        Line Stene (30) har vunnet 20 kamper på rad.

        – Er du redd før en kamp? spør vi.

        – Alltid. Den dagen jeg ikke er redd, slutter jeg, sier Stene.
        """)
        #expect(article.words(0) == "Er du redd før en kamp?")
        #expect(article.type(0) == .journalist)
        #expect(article.name(1) == "Line Stene")
    }
}
