import Testing
@testable import Stance

/// Who a mention refers to within the article (Sources/Stance/Quotes/SpeakerResolver.swift).
@Suite struct SpeakerResolverTests {
    @Test func surnameResolvesToTheFullName() {
        let article = QuoteFixture.analyse("""
        Seniorrådgiver Tor Inge Lunde i Flyktninghjelpen har besøkt leirene.

        – Folk mangler mat og rent vann, sier Lunde.
        """)
        #expect(article.name(0) == "Tor Inge Lunde")
        #expect(article.type(0) == .expert)
        #expect(article.analysis.speakers.count == 1)
    }

    @Test func laterFullNameUpgradesAnEarlierSurname() {
        let article = QuoteFixture.analyse("""
        – Vi er klare, sier Haugland.

        – Vi har øvd i et år, sier Mona Haugland, som leder beredskapsgruppen.
        """)
        #expect(article.names == ["Mona Haugland", "Mona Haugland"])
    }

    @Test func pronounTakesTheLatestSubject() {
        let article = QuoteFixture.analyse("""
        Ordfører Siri Dahl åpnet møtet i går kveld.

        – Vi må stå sammen nå, sa hun.
        """)
        #expect(article.name(0) == "Siri Dahl")
        #expect(article.type(0) == .official)
    }

    @Test func pronounSkipsAnAntecedentOfTheOtherGender() {
        let article = QuoteFixture.analyse("""
        Jurij Petrov ble arrestert i mars. Kona hans, Svetlana Petrova, har ikke fått besøke ham.

        – De sier ingenting til meg, sier hun.

        – Jeg har ikke gjort noe galt, sa han i retten.
        """)
        #expect(article.name(0) == "Svetlana Petrova")
        #expect(article.type(0) == .relative)
        #expect(article.name(1) == "Jurij Petrov")
    }

    @Test func pluralPronounTakesTheLatestGroup() {
        let article = QuoteFixture.analyse("""
        Fire brødre fra Tver har lagt ut en video på YouTube.

        – Vi har ikke fått lønn siden mars, sier de i videoen.
        """)
        #expect(article.name(0) == "fire brødre fra Tver")
        #expect(article.speaker(0).isGroup)
        #expect(article.type(0) == .relative)
    }

    @Test func definitePluralResolvesToTheGroupWithTheSameNoun() {
        let article = QuoteFixture.analyse("""
        Kvinner fra landsbyen Sosnovka har samlet seg utenfor rådhuset.

        – Ingen hører på oss, klager kvinnene.
        """)
        #expect(article.name(0) == "kvinner fra landsbyen Sosnovka")
        #expect(article.speaker(0).isGroup)
    }

    @Test func womenResolvesToAGroupOfMothersAndWives() {
        let article = QuoteFixture.analyse("""
        Mødre og koner til reservister fra Tula-regionen har skrevet et brev til guvernøren.

        Ifølge kvinnene har mennene ikke fått permisjon på sju måneder.
        """)
        #expect(article.name(0) == "mødre og koner til reservister fra Tula-regionen")
        #expect(article.type(0) == .relative)
    }

    @Test func roleNounResolvesToTheNamedSpeakerWithThatRole() {
        let article = QuoteFixture.analyse("""
        Direktør Eva Lie ved Havforskningsinstituttet la fram rapporten mandag.

        Fiskerne var ikke fornøyde med tallene.

        – Bestanden er presset, sier direktøren.
        """)
        #expect(article.name(0) == "Eva Lie")
        #expect(article.type(0) == .expert)
    }

    @Test func roleNounBeforeTheNameIsMergedIntoTheNamedSpeaker() {
        let article = QuoteFixture.analyse("""
        Politimesteren i Bodø avviser at etterforskningen har vært for treg.

        Politimester Kari Solheim sier at politiet har prioritert saken hele tiden.
        """)
        #expect(article.names == ["Kari Solheim", "Kari Solheim"])
    }

    @Test func kinNounAfterAQuoteTakesTheQuotedPerson() {
        let article = QuoteFixture.analyse("""
        Irina Volkova (61) har ikke hørt fra sønnen på to måneder.

        – Jeg sover ikke om nettene, forteller moren.
        """)
        #expect(article.name(0) == "Irina Volkova")
        #expect(article.type(0) == .relative)
    }

    @Test func aNewIndefiniteSpeakerIsNotMergedWithAnEarlierOne() {
        let article = QuoteFixture.analyse("""
        – Vi har ikke sovet på tre døgn, sier en av soldatene, som kaller seg Andrej.

        En av de andre soldatene, som ikke vil oppgi navn, sier at offiserene har forlatt dem.

        – De dro i natt, sier han.
        """)
        #expect(article.name(0) == "Andrej")
        #expect(article.name(1) != "Andrej")
        #expect(article.name(2) == article.name(1))
    }

    @Test func descriptionsOfTheSameGroupMergeUnderTheFullestForm() {
        let article = QuoteFixture.analyse("""
        – Vi vil ha mennene hjem, sier en gruppe kvinner fra Belgorod fylke i en video.

        Kvinnene fra Belgorod hevder at mennene ble sendt til fronten uten trening.
        """)
        #expect(article.names == ["kvinner fra Belgorod fylke", "kvinner fra Belgorod fylke"])
    }

    @Test func statementWithoutSubjectGoesToTheSpeakerBeingReported() {
        let article = QuoteFixture.analyse("""
        Guvernør Aleksandr Semjonov skrev i en uttalelse mandag at alle regler er fulgt.

        «Ingen soldater er flyttet uten ordre», heter det i uttalelsen.
        """)
        #expect(article.names == ["Aleksandr Semjonov", "Aleksandr Semjonov"])
    }

    @Test func aWeekdayOpeningASentenceIsNoSpeaker() {
        let article = QuoteFixture.analyse("""
        – Jeg er klar for sesongen, sier Ingrid Lunde til NTB.

        Lørdag starter 24-åringen sitt NM med kvalifiseringen på 800 meter.

        – Målet er finalen, og der kan alt skje.
        """)
        #expect(article.names == ["Ingrid Lunde", "Ingrid Lunde"])
    }

    @Test func anOutletIsNoAntecedentOfAPronoun() {
        let article = QuoteFixture.analyse("""
        – Jeg har meldt meg ut, sier Rune Vik til avisen.

        Marte Lie har også forlatt partiet, skriver Bergensavisen. Hun sier til avisen at hun har tenkt lenge på det.
        """)
        #expect(article.names == ["Rune Vik", "Bergensavisen", "Marte Lie"])
    }

    @Test func aPartyNamedInPassingIsNoAntecedentOfDe() {
        let article = QuoteFixture.analyse("""
        Valget endte med regjering med Frp.

        De understreker at det ikke er lett å forlate partiet.
        """)
        // (A party as a subject, "Frp mener …", may be "de" later; one named in passing may not.)
        #expect(!article.names.contains("Frp"))
    }

    @Test func aFullNameAfterTheVerbOfAFrontedAdverbialIsTheSubject() {
        let article = QuoteFixture.analyse("""
        – Vi har ikke fått svar, sier Eva Brekke.

        I tillegg har også Nils Arne Sunde meldt seg ut av laget. Han sier til NRK at han er skuffet over styret.
        """)
        #expect(article.names == ["Eva Brekke", "Nils Arne Sunde"])
    }

    @Test func aNameAfterARelativeClauseNamesTheSubject() {
        let article = QuoteFixture.analyse("""
        – Rederiet tok en stor risiko, hevder Hansen.

        En av de to losene som var på broen, Ivar Bakke, har reagert på kritikken.

        – Vi fulgte planen hele veien, sa statslosen til avisen.
        """)
        #expect(article.names == ["Hansen", "Ivar Bakke"])
        #expect(article.type(1) == .official)
    }

    @Test func aTwoWordTitleQuoteBelongsToWhoeverSaidThoseWords() {
        let article = QuoteFixture.analyse("""
        Hauge tok sprintgullet: – Helt rått

        Mari Hauge vant sprinten i Lillehammer lørdag.

        – Dette er helt rått gjort av Hauge, sa kommentator Per Lid.

        – Jeg kjente meg sterk hele veien, sa Hauge.

        – Nå gleder jeg meg til stafetten, sa Hauge.
        """)
        #expect(article.quote(startingWith: "Helt rått").map { article.name($0) } == "Per Lid")
    }

    @Test func aSurnameWithTwoLettersSwappedIsTheSamePerson() {
        let article = QuoteFixture.analyse("""
        Klagen er sendt inn av advokat Sara Lindqvist og firmaet Berg, Holm & Lindqvist.

        – Rederiet visste om risikoen, hevder Lindqvsit.
        """)
        #expect(article.names == ["Sara Lindqvist"])
        #expect(article.type(0) == .expert)
    }

    @Test func aNameAfterCommaErIsWhoTheClauseBeforeIsAbout() {
        let article = QuoteFixture.analyse("""
        – Jeg har meldt meg ut, sier Eva Brekke.

        Sørlendingen var en av de mest kritiske i styret.

        En annen som har tatt konsekvensen av vedtaket, er Ola Tveit, fylkesleder i Agder Venstre. Han sier til NRK at han ikke stiller til gjenvalg.
        """)
        #expect(article.names == ["Eva Brekke", "Ola Tveit"])
        #expect(article.type(1) == .official)
    }

    @Test func aPersonIntroducedAsObjectJustBeforeAnUnattributedQuoteSpeaksIt() {
        let article = QuoteFixture.analyse("""
        – Dette budsjettet rammer de svakeste, sa Per Holm fra talerstolen.

        Utspillet fikk ordfører Lise Dahl (Sp) til å reagere.

        – Jeg ber representanten holde en saklig tone i salen.
        """)
        #expect(article.names == ["Per Holm", "Lise Dahl"])
    }

    @Test func aPersonNamedBesideASubjectDoesNotTakeTheQuote() {
        let article = QuoteFixture.analyse("""
        – Dette budsjettet rammer de svakeste, sa Per Holm fra talerstolen.

        Holm kritiserte ordfører Lise Dahl (Sp) for kuttene.

        – Hun har ikke lest sakspapirene.
        """)
        #expect(article.names == ["Per Holm", "Per Holm"])
    }

    /// Nouns in a final é drop the accent when inflected ("komité" → "komiteen"): the role lexicon's
    /// "komité" must still find them, so that "de" can refer back to the committee.
    @Test func aCommitteeInItsInflectedSpellingIsABodyThatDeRefersTo() {
        let article = QuoteFixture.analyse("Komiteen la fram innstillingen i går. De mener at loven må endres før sommeren.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "komiteen")
        #expect(article.type(0) == .organisation)
        let parliament = QuoteFixture.analyse("Lederen av kontrollkomiteen, Per Holm (H), sier at saken er alvorlig.")
        #expect(parliament.type(0) == .official)
    }

    @Test func aBoardOrAPublicCommitteeIsABodyThatDeRefersTo() {
        let inquiry = QuoteFixture.analyse("Utvalget overleverte rapporten til statsråden tirsdag. De mener at beredskapen var for dårlig.")
        #expect(inquiry.name(0) == "utvalget")
        #expect(inquiry.type(0) == .official)
        let board = QuoteFixture.analyse("Styret har vedtatt et nytt budsjett. De mener at klubben har god økonomi.")
        #expect(board.name(0) == "styret")
        #expect(board.type(0) == .organisation)
    }

    /// "…, forteller moren" after a quote refers back to the person quoted; a description with
    /// words of its own before the head introduces someone else.
    @Test func aDescriptionWithAnAdjectiveAfterAQuoteIsSomeoneNew() {
        let minister = QuoteFixture.analyse("Peskov sier at flere droner ble skutt ned.\n\n«Vi vil aldri gi opp», skrev den ukrainske forsvarsministeren på X søndag.")
        #expect(minister.quotes.count == 2)
        #expect(minister.name(1) == "den ukrainske forsvarsministeren")
        let mother = QuoteFixture.analyse("Kari Holm mistet sønnen i krigen.\n\n– Det er tungt hver dag, forteller moren.")
        #expect(mother.name(0) == "Kari Holm")
        let director = QuoteFixture.analyse("Kari Holm tar over som direktør i selskapet fra nyttår.\n\n– Jeg gleder meg til å begynne, sier den nye direktøren.")
        #expect(director.name(0) == "Kari Holm")
    }

    /// A person met by a first name alone is not a later full name introduced with a title of its
    /// own: two people can share a first name.
    @Test func aTitledFullNameIsNotTheFirstNameMetBefore() {
        let article = QuoteFixture.analyse("""
        Pårørende venter på svar

        Anna (52) har ikke hørt fra mannen sin siden mars.

        – Jeg vet ikke om han lever, sier Anna.

        Fylkets beredskapsleder Anna Lindqvist sier at listene over savnede oppdateres hver uke.

        – Vi jobber så fort vi kan, sier Lindqvist.

        Anna sier hun skal reise til hovedstaden.

        – Jeg må få vite det, sier hun.
        """)
        #expect(article.quotes.count == 5)
        #expect(article.name(0) == "Anna")
        #expect(article.name(1) == "Anna Lindqvist")
        #expect(article.name(2) == "Anna Lindqvist")
        #expect(article.name(3) == "Anna")
        #expect(article.name(4) == "Anna")
    }

    /// "Gruppen X har samlet … De mener at …": a name after "gruppen" is the group's, the
    /// antecedent of "de".
    @Test func theyReferBackToAGroupNamedAfterAGroupNoun() {
        let article = QuoteFixture.analyse("""
        Protest mot hyttefelt

        Gruppen Bevar Heia har samlet 2000 underskrifter mot hyttefeltet. De mener at myrene må vernes.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Bevar Heia")
        #expect(article.words(0) == "myrene må vernes")
    }

    /// "X la ut en video. «…», heter det i videoen.": the subject of the sentence that names the
    /// document made it; the person quoted before does not speak in it.
    @Test func aDocumentFormulaGoesToWhoeverMadeTheDocumentJustNamed() {
        let article = QuoteFixture.analyse("""
        Valgkamp på nett

        – Vi vil ha gratis buss, sier bystyremedlem Eva Dal.

        Ungdomspartiet publiserte søndag en film på TikTok.

        «Bussen er for alle», heter det i filmen.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Eva Dal")
        #expect(article.name(1) == "Ungdomspartiet")
    }

    /// "X la fram sitt program. I programmet står det at …": the document opening the formula
    /// is the one just named, so its maker speaks, not the document noun.
    @Test func aDocumentOpeningTheFormulaGoesToWhoeverMadeItJustBefore() {
        let article = QuoteFixture.analyse("""
        Landsmøte i Tromsø

        Kystpartiet vedtok lørdag et nytt program for fiskeriene.

        I programmet står det at kvotene skal fordeles på nytt.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "kvotene skal fordeles på nytt")
        #expect(article.name(0) == "Kystpartiet")
    }

    /// "Bystyret vedtok … I vedtaket heter det at …": a document made by the verb of the
    /// sentence before (its stem with another vowel) is that sentence's subject's.
    @Test func aDocumentMadeByTheVerbJustBeforeGoesToItsSubject() {
        let article = QuoteFixture.analyse("""
        Nye regler for fisket

        Kommunestyret vedtok onsdag å stenge fjorden for tråling.

        I vedtaket heter det at forbudet gjelder i fem år.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "forbudet gjelder i fem år")
        #expect(article.name(0).lowercased() == "kommunestyret")
    }

    /// "Det var X som la fram saken. Han sa at …": the focus of a cleft is the sentence's
    /// subject, so "han" refers to it, not to the person quoted before.
    @Test func theFocusOfACleftIsWhomAPronounMeans() {
        let article = QuoteFixture.analyse("""
        Ny skole på Eik

        Skolen står ferdig i 2027, opplyser prosjektleder Stian Berg i kommunen.

        Det var gruppeleder Arne Fosse som fremmet forslaget. Han sa at skolen er et løft for bygda.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(1) == "Arne Fosse")
        #expect(article.words(1) == "skolen er et løft for bygda")
    }

    /// "han" after an indefinite person the lexicon does not list ("en annen fange") is that
    /// person, not a place named earlier ("fra Tomsk"): only a definite noun naming no person
    /// ("rapporten", "programmet") is a thing no "han" refers to.
    @Test func anUnlistedIndefinitePersonIsStillHisAntecedent() {
        let article = QuoteFixture.analyse("""
        Fangene forteller

        – Vi fikk to dager opplæring, sier en 41 år gammel fange fra Tomsk.

        En annen fange forteller at han ble sendt til fronten uten papirer.

        – Ingen sa hvor vi skulle, sier han.
        """)
        #expect(article.names == ["en 41 år gammel fange fra Tomsk", "en annen fange", "en annen fange"])
    }
}

