import Testing
@testable import Stance

/// Where quotes are and which words they hold (Sources/Stance/Quotes/QuoteFinder.swift).
@Suite struct QuoteFinderTests {
    @Test(arguments: ["–", "—", "−", "-"])
    func everyQuoteDashOpensDirectSpeech(dash: String) {
        let article = QuoteFixture.analyse("\(dash) Vi har aldri sett så mye vann i elva før, sier Ingrid Haugen til NRK.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi har aldri sett så mye vann i elva før")
        #expect(article.name(0) == "Ingrid Haugen")
        #expect(article.cue(0) == "sier")
        #expect(article.quotes[0].mode == .direct)
    }

    @Test func unattributedQuoteKeepsItsFinalFullStop() {
        let article = QuoteFixture.analyse("""
        – Brua må stenges, sier brannsjef Lars Moen.

        – Den er ikke trygg lenger.
        """)
        #expect(article.words(1) == "Den er ikke trygg lenger.")
        #expect(article.name(1) == "Lars Moen")
    }

    @Test func questionMarkStaysWithTheQuoteBeforeItsCue() {
        let article = QuoteFixture.analyse("""
        Bonden Arvid Strand har mistet halve avlingen i flommen.

        – Hvem skal betale for dette? spør han.
        """)
        #expect(article.words(0) == "Hvem skal betale for dette?")
        #expect(article.name(0) == "Arvid Strand")
    }

    @Test func guillemetsWithCueAfterTheClosingMark() {
        let article = QuoteFixture.analyse("«Vi trenger flere lærere i nord», skriver rektor Hanne Solberg i et innlegg.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi trenger flere lærere i nord")
        #expect(article.name(0) == "Hanne Solberg")
    }

    @Test func guillemetsAfterAColonClause() {
        let article = QuoteFixture.analyse("Ekspert Tone Vik oppsummerer det slik: «Dette er et vendepunkt for hele regionen.»")
        #expect(article.words(0) == "Dette er et vendepunkt for hele regionen.")
        #expect(article.name(0) == "Tone Vik")
        #expect(article.quotes[0].rule == .colon)
    }

    @Test func doubleQuotesWithNestedSingleQuotes() {
        let article = QuoteFixture.analyse("\"De kalte oss 'forrædere' på møtet\", sier Jon Eriksen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "De kalte oss 'forrædere' på møtet")
        #expect(article.name(0) == "Jon Eriksen")
    }

    @Test func scareQuotesAndTitlesInNarrationAreNoQuotes() {
        let article = QuoteFixture.analyse("""
        Partiet har lansert kampanjen «ja til parken» i Bodø.

        Hun leste «Krig og fred» i sommer, og flere land har protestert mot «reformen».
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func partialQuoteAfterAVerbOfCallingIsTheSubjectsWords() {
        let article = QuoteFixture.analyse("""
        Regjeringen kaller reformen «et historisk løft».

        Lederen Jon Lund har støttet aksjonen, og kalt den «helt nødvendig».
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "et historisk løft")
        #expect(article.quotes[0].rule == .partialQuote)
        #expect(article.name(0) == "regjeringen")
        #expect(article.words(1) == "helt nødvendig")
        #expect(article.name(1) == "Jon Lund")
    }

    @Test func nestedQuoteIntroducedByASpeechVerbHasItsOwnSpeaker() throws {
        let article = QuoteFixture.analyse("""
        Fylkesmann Jørn Aas lovet i fjor at skolen skulle bestå.

        «Han sa ‹skolen blir liggende her›, men nå legger de den ned», sier forelder Mette Lund.
        """)
        let outer = try #require(article.quote(startingWith: "Han sa"))
        let inner = try #require(article.quote(startingWith: "skolen blir"))
        #expect(article.name(outer) == "Mette Lund")
        #expect(article.words(inner) == "skolen blir liggende her")
        #expect(article.name(inner) == "Jørn Aas")
        #expect(article.quotes[inner].enclosing == outer)
    }

    @Test func nestedScareQuoteIsNoQuote() {
        let article = QuoteFixture.analyse("– De sier bare at han er «frisk nok», sier Randi Moe.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Randi Moe")
    }

    @Test func guillemetQuoteOverTwoParagraphsGivesOneRowPerParagraphAndOneSpeaker() {
        let article = QuoteFixture.analyse("""
        Leder Kari Nilsen i Foreldreforeningen har skrevet til kommunen.

        «Barna våre har gått i brakker i tre år. Det holder ikke lenger.

        «Vi ber kommunestyret ta ansvar før vinteren», skriver Nilsen.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "Barna våre har gått i brakker i tre år. Det holder ikke lenger.")
        #expect(article.words(1) == "Vi ber kommunestyret ta ansvar før vinteren")
        #expect(article.names == ["Kari Nilsen", "Kari Nilsen"])
    }

    @Test func dashQuoteOverSeveralSentencesIsOneQuote() {
        let article = QuoteFixture.analyse("– Vi har gjort alt vi kan. Vannet kom for fort. Nå må vi bare vente, sier Ola Brenna.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi har gjort alt vi kan. Vannet kom for fort. Nå må vi bare vente")
    }

    @Test func narrationAfterTheAttributionIsNotQuoted() {
        let article = QuoteFixture.analyse("– Vi må bygge nytt, sier Ola Brenna. Han har vært ordfører i tolv år.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi må bygge nytt")
    }

    @Test func quoteInterruptedByItsAttributionIsOneQuoteWithTwoParts() throws {
        let article = QuoteFixture.analyse("– Vi er slitne, sier Lise Aune, – og vi vil ha svar før jul.")
        #expect(article.quotes.count == 1)
        #expect(article.quotes[0].parts.count == 2)
        #expect(article.words(0) == "Vi er slitne … og vi vil ha svar før jul.")
        #expect(article.name(0) == "Lise Aune")
        // The cue sits between the parts.
        let cue = try #require(article.quotes[0].cue)
        #expect(cue.lowerBound > article.quotes[0].parts[0].upperBound && cue.upperBound < article.quotes[0].parts[1].lowerBound)
    }

    @Test func attributionBetweenTwoDashSentencesJoinsThem() {
        let article = QuoteFixture.analyse("– Det går bedre nå, sier Per Holt. – Men vi er ikke ferdige.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Det går bedre nå … Men vi er ikke ferdige.")
    }

    @Test func dashAfterTheAttributionWithoutCommaBelongsToTheNarration() {
        let article = QuoteFixture.analyse("– Vi vil hjem, sier soldatene – som har vært ved fronten i et halvt år.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Vi vil hjem")
    }

    @Test func titleQuoteAfterColon() throws {
        let article = QuoteFixture.analyse("""
        Fiskere i Finnmark: – Kvotene tar livet av bygda

        Fiskere i Finnmark protesterer mot de nye kvotene.

        – Dette tar livet av bygda vår, sier fiskerne i en felles uttalelse.
        """)
        let title = try #require(article.quote(startingWith: "Kvotene"))
        #expect(article.words(title) == "Kvotene tar livet av bygda")
        #expect(article.quotes[title].rule == .titleColon)
        #expect(article.name(title) == article.name(try #require(article.quote(startingWith: "Dette tar"))))
    }

    @Test func dashSentenceInsideABodyParagraph() {
        let article = QuoteFixture.analyse("Han mistet huset i brannen. – Jeg har ingenting igjen, sier Geir Lie.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Jeg har ingenting igjen")
        #expect(article.name(0) == "Geir Lie")
    }

    @Test func colonBeforeADashInABodyParagraph() {
        let article = QuoteFixture.analyse("Statsråd Marit Dahle var tydelig: – Ingen skal stå uten hjelp.")
        #expect(article.words(0) == "Ingen skal stå uten hjelp.")
        #expect(article.name(0) == "Marit Dahle")
        #expect(article.type(0) == .official)
    }

    @Test func paragraphEndingInAColonIntroducesTheNextQuote() {
        let article = QuoteFixture.analyse("""
        Kommandanten Oleg Petrenko avsluttet møtet med en advarsel:

        – Den som snakker med pressen, blir straffet.
        """)
        #expect(article.words(0) == "Den som snakker med pressen, blir straffet.")
        #expect(article.name(0) == "Oleg Petrenko")
        #expect(article.quotes[0].rule == .colon)
    }

    @Test func hyphenGluedToTheFirstWordOpensAQuoteParagraph() {
        let article = QuoteFixture.analyse("""
        Prosjektleder Åse Vik la fram planen torsdag.

        -Grunnen er for bløt her. Derfor må traseen flyttes, medga Vik.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Grunnen er for bløt her. Derfor må traseen flyttes")
        #expect(article.quotes[0].mode == .direct)
        #expect(article.name(0) == "Åse Vik")
    }

    @Test func captionWithADashQuoteAndANamedSpeakerIsAQuote() {
        let article = QuoteFixture.analyse("""
        Forfatteren fyller 60 år

        FORNØYD: – Jeg skriver best om morgenen, sier forfatteren Lars Bjørke.

        Lars Bjørke har skrevet tjue bøker.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Jeg skriver best om morgenen")
        #expect(article.name(0) == "Lars Bjørke")
    }

    @Test func captionSentenceWithAFinalCueAndNameIsIndirectSpeech() {
        let article = QuoteFixture.analyse("""
        Forslaget får kritikk

        UENIG: Forslaget vil ramme små familiebedrifter hardt, skriver Eva Lund (H).

        Forslaget behandles i Stortinget i mai.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Forslaget vil ramme små familiebedrifter hardt")
        #expect(article.name(0) == "Eva Lund")
    }

    @Test func captionQuoteWithOnlyAPronounIsLeftOut() {
        let article = QuoteFixture.analyse("""
        Brannen i Bergen

        SJOKKERT: – Jeg har aldri sett noe lignende, sier han.

        Brannvesenet rykket ut klokken fire.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func pullQuoteSignedByAFullName() {
        let article = QuoteFixture.analyse("""
        Debatten varte til langt på natt.

        «Folk blir slitne av nattmøter. Vi burde stemme tidligere på dagen» Kari Holm (SV)

        Forslaget ble stemt ned.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Folk blir slitne av nattmøter. Vi burde stemme tidligere på dagen")
        #expect(article.name(0) == "Kari Holm")
        #expect(article.quotes[0].rule == .parenthesis)
    }

    @Test func titleInQuotationMarksIsNoSignedQuote() {
        let article = QuoteFixture.analyse("""
        Boka kom i fjor.

        «Store og små forbilder» Oslo 2019

        Den fikk gode kritikker.
        """)
        #expect(article.quotes.isEmpty)
    }

    // MARK: Block quotes that lost their quotation marks

    @Test func unmarkedParagraphSignedByANameAfterAColon() {
        let article = QuoteFixture.analyse("""
        Debatten om nattmøter

        Som partileder Lise Dahl svarte da vi spurte om saken:

        Det er klart at ingen gjør sitt beste arbeid etter midnatt. Møtene bør slutte tidligere. Lise Dahl, V

        Forslaget ble likevel stemt ned.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Det er klart at ingen gjør sitt beste arbeid etter midnatt. Møtene bør slutte tidligere.")
        #expect(article.name(0) == "Lise Dahl")
        #expect(article.quotes[0].rule == .parenthesis)
    }

    @Test func unmarkedFirstPersonParagraphSignedWithoutAStop() {
        let article = QuoteFixture.analyse("""
        Nattmøter på tinget

        Representantene sitter ofte i salen til langt på kveld.

        Jeg trykket nok på feil knapp den kvelden, men det endret ikke utfallet av saken Kari Holm (SV)
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Jeg trykket nok på feil knapp den kvelden, men det endret ikke utfallet av saken")
        #expect(article.name(0) == "Kari Holm")
    }

    @Test func signatureWithANameParticle() {
        let article = QuoteFixture.analyse("""
        Nattmøter på tinget

        Eller som partiets Marius van Dal sa i debatten:

        Jeg tror ingen av oss gjør sitt beste arbeid når klokka har passert midnatt Marius van Dal, V

        Forslaget falt.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Jeg tror ingen av oss gjør sitt beste arbeid når klokka har passert midnatt")
        #expect(article.name(0) == "Marius van Dal")
    }

    @Test func pronounDeAfterANameIsNoParticle() {
        let article = QuoteFixture.analyse("""
        Nattmøter på tinget

        Representantene sitter ofte i salen til langt på kveld, og i fjor var det Kari de Holm hadde ansvaret for
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func namedPersonBeforeAColonWithoutASpeechVerbIntroducesAFirstPersonParagraph() {
        let article = QuoteFixture.analyse("""
        Pisken i partiet

        Partiene har ulike regler for frie stemmer.

        I budsjettsaken var gruppeleder Ola Vik klar for å stramme inn:

        Hvis vi skal få flertall i salen, må alle i gruppen vår stemme likt, også de som er uenige.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Hvis vi skal få flertall i salen, må alle i gruppen vår stemme likt, også de som er uenige.")
        #expect(article.name(0) == "Ola Vik")
    }

    @Test func omissionMarkMakesAnIntroducedParagraphAQuotation() {
        let article = QuoteFixture.analyse("""
        Debatt i gamle dager

        Også før var debatten viktig. Dette var Anders Lie, byens første ordfører, opptatt av:

        Alle forslag som angår byen […] skal legges fram for innbyggerne før bystyret gjør vedtak.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Anders Lie")
    }

    @Test func thirdPersonParagraphAfterANamedColonIsNarration() {
        let article = QuoteFixture.analyse("""
        Pisken i partiet

        Partiene har ulike regler for frie stemmer.

        I budsjettsaken var gruppeleder Ola Vik klar for å stramme inn:

        Partiet har tidligere latt representantene stemme fritt i slike saker, men reglene ble endret i fjor.

        Kari Lund stiller slik:

        Per Dal - Ola Vik, Jon Berg, Siv Moe, Tor Ask, Liv Nes, Åse Rud, Kai Li, Ola Holm, Kim Ek.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func nameAsAnObjectBeforeAColonIntroducesNoQuote() {
        let article = QuoteFixture.analyse("""
        Ønskene våre

        Vi har mange ønsker. Her er listen vi nylig har sendt Bystyret:

        Vi vil ha alle møtereferater på et åpent format, slik at alle kan lese dem og bruke dem videre.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func quotationNounFromANamedPersonBeforeAColon() {
        let article = QuoteFixture.analyse("""
        Sent på kveld

        Partiet vil ikke ta voteringen på nytt.

        Da er det verdt å minne om dette sitatet fra ordfører Siri Lund fra en gang hun selv stemte feil:

        «Det er sent, men det er greit at det bystyret faktisk vil, er det som blir vedtatt.»

        Saken er likevel avgjort.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Siri Lund")
    }

    @Test func quotationNounFromABookIsNoSpeaker() {
        let article = QuoteFixture.analyse("""
        Sent på kveld

        Ordfører Siri Lund holdt tale i bystyret.

        Da er det verdt å minne om dette sitatet fra boka:

        «Det er sent, men det er greit at det bystyret faktisk vil, er det som blir vedtatt.»
        """)
        #expect(article.quotes.indices.allSatisfy { article.name($0) != "boka" })
    }

    @Test func captionEndingInAPhotographersNameIsNoSignedQuote() {
        let article = QuoteFixture.analyse("""
        Snøkaos i fjellet

        Tett tåke og mye snø gjorde det vanskelig å gjennomføre rennet lørdag. Per Olav Lund

        Rennet ble utsatt til søndag.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func paragraphEndingInAtIntroducesTheNextParagraph() {
        let article = QuoteFixture.analyse("""
        Bompenger i byen

        Flere partier har snudd i saken. Til Bergens Tidende sier bystyrerepresentant Ola Vik (V) at

        Dette er et politisk sirkus. Partiet bryter en avtale vi inngikk i fjor.

        Saken behandles igjen i juni.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Dette er et politisk sirkus. Partiet bryter en avtale vi inngikk i fjor.")
        #expect(article.name(0) == "Ola Vik")
    }

    @Test func speechVerbAndColonIntroduceAnUnmarkedParagraph() {
        let article = QuoteFixture.analyse("""
        Bompenger i byen

        Mange har meldt seg i debatten. Som bystyrerepresentant Ola Vik svarte på spørsmål om bomringen:

        Det var flere forslag her, og jeg husker ikke akkurat dette forslaget.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Det var flere forslag her, og jeg husker ikke akkurat dette forslaget.")
        #expect(article.name(0) == "Ola Vik")
    }

    @Test func speakerAfterTheVerbBeforeAFinalColon() {
        let article = QuoteFixture.analyse("""
        Biskopen om mobilbruk

        Familien er et godt forbilde for oss alle, mener biskop Jon Dal:

        De kunne snakke sammen og være til stede i hverandres liv.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "De kunne snakke sammen og være til stede i hverandres liv.")
        #expect(article.name(1) == "Jon Dal")
    }

    @Test func colonWithoutASpeakerIntroducesNoQuote() {
        let article = QuoteFixture.analyse("""
        Ferie med barn

        Kort oppsummert:

        Reiser du med små barn? Da handler det om å ta det med ro.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func embeddedPostSignedInsideItsParagraph() {
        let article = QuoteFixture.analyse("""
        Feil knapp på tinget

        Flere representanter svarte oss på Twitter.

        @tingsjekken det var nok en feil sent på kvelden &mdash; Kari Holm (@kariholm) May 2, 2015
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "@tingsjekken det var nok en feil sent på kvelden")
        #expect(article.name(0) == "Kari Holm")
    }

    // MARK: Partial quotes in a relative clause without "som"

    @Test func partialQuoteAfterARelativePronounSubject() {
        let article = QuoteFixture.analyse("Fylkesordfører Anne Vik har stemt mot bompengeavtalen – en avtale hun har omtalt som «dyr, urettferdig og helt unødvendig».")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "dyr, urettferdig og helt unødvendig")
        #expect(article.name(0) == "Anne Vik")
        #expect(article.quotes[0].rule == .partialQuote)
    }

    @Test func partialQuoteAfterDetHanSelvBeskriverSom() {
        let article = QuoteFixture.analyse("Løperen Tor Haug har det han selv beskriver som et «nesten umulig treningsopplegg».")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "nesten umulig treningsopplegg")
        #expect(article.name(0) == "Tor Haug")
    }

    @Test func partialQuoteInNarrationAfterADashQuote() {
        let article = QuoteFixture.analyse("""
        Flom i dalen

        – Nå må staten stille opp, sa Tone Berg tirsdag. Hun har tidligere omtalt flommen som «en katastrofe for bøndene».
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "en katastrofe for bøndene")
        #expect(article.name(1) == "Tone Berg")
    }

    @Test func minusSignAfterAColonIsNoDashQuote() {
        let article = QuoteFixture.analyse("""
        Rekorder i Tromsø

        Laveste temperatur i mars: – 18,4 grader, målt på Holt i 1966.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func nameInQuotationMarksBeforeAVerbIsNoQuote() {
        let article = QuoteFixture.analyse("Kallenavnet «Den lille prinsen» minner om en gammel fortelling fra Frankrike.")
        #expect(article.quotes.isEmpty)
    }

    @Test func quotationThenCueWithoutCommaAtSentenceStartIsStillAQuote() {
        let article = QuoteFixture.analyse("Han ringte henne samme kveld. «Kom hjem med en gang» sa Lise Moen til ham.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Kom hjem med en gang")
        #expect(article.name(0) == "Lise Moen")
    }

    // MARK: Dash bullets that lost their line breaks

    @Test func thirdPersonDashBulletsInOneParagraphAreAList() {
        let article = QuoteFixture.analyse("""
        Løftene i plattformen

        Nye løfter om skolen - Partiet vil bygge flere skoler i distriktene. - Partiet vil ansette flere lærere. - Partiet vil gi elevene gratis frukt. - Partiet vil styrke rådgivningen.

        Ingen av løftene er tallfestet.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func firstPersonDashSentencesInOneParagraphStaySpeech() {
        let article = QuoteFixture.analyse("""
        Løftene i plattformen

        Ordfører Siri Lund var fornøyd etter møtet. - Vi har fått gjennomslag. - Jeg er glad for det. - Vi skal bygge skolen i år, sier Lund.

        Skolen åpner neste høst.
        """)
        #expect(!article.quotes.isEmpty)
        #expect(article.quotes.indices.contains { article.words($0).contains("fått gjennomslag") && article.name($0) == "Siri Lund" })
    }

    @Test func interjectionTagAfterAQuestionMarkAndComma() {
        let article = QuoteFixture.analyse("""
        Debatten i bystyret ble opphetet.

        – Hvem betaler?, skjøt Kari Moe inn.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Hvem betaler?")
        #expect(article.name(0) == "Kari Moe")
    }

    @Test func lostClosingMarkEndsTheQuotationBeforeItsAttribution() {
        let article = QuoteFixture.analyse("""
        Protest i Bygdelaget

        I uttalelsen heter det at medlemmene «ikke lenger kan stå bak styrets linje, skriver Bygdeposten. Leder Per Haug sier at han forstår dem.
        """)
        #expect(article.quote(startingWith: "ikke lenger kan stå bak styrets linje") != nil)
        #expect(article.words(article.quote(startingWith: "ikke lenger") ?? -1) == "ikke lenger kan stå bak styrets linje")
        #expect(article.quote(startingWith: "han forstår dem") != nil)
    }

    @Test func threeQuotationsInARowAreAListOfExpressions() {
        let article = QuoteFixture.analyse("""
        Dette er ord som ikke tillates i salen:

        «for pokker» «sludder» «tøv og tull» (og flere andre).
        """)
        #expect(article.quotes.isEmpty)
    }
}
