import Testing
@testable import Stance

/// Indirect speech: "X sier at …", "X hevder at …", "som i en video sier at …", "X mener …".
@Suite struct ReportedSpeechTests {
    @Test func sayThatGivesAnIndirectQuoteWithoutAtAndFinalStop() {
        let article = QuoteFixture.analyse("Ordfører Tove Lie sier at kommunen må kutte i budsjettet.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "kommunen må kutte i budsjettet")
        #expect(article.quotes[0].mode == .indirect)
        #expect(article.name(0) == "Tove Lie")
        #expect(article.type(0) == .official)
    }

    @Test func claimThatAfterAnAppositiveName() {
        let article = QuoteFixture.analyse("Fagforeningens leder, Knut Rønning, hevder at ledelsen har skjult tallene i flere år.")
        #expect(article.words(0) == "ledelsen har skjult tallene i flere år")
        #expect(article.name(0) == "Knut Rønning")
    }

    @Test func relativeClauseGivesTheAntecedentAsSpeaker() {
        let article = QuoteFixture.analyse("""
        Blant dem er soldater fra Tambov- og Lipetsk-regionene, som i en video på Telegram sier at de mangler både mat og ammunisjon.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "de mangler både mat og ammunisjon")
        #expect(article.name(0) == "soldater fra Tambov- og Lipetsk-regionene")
        #expect(article.speaker(0).isGroup)
        #expect(article.type(0) == .soldier)
    }

    @Test func frontedAdverbialPutsTheSubjectAfterTheVerb() {
        let article = QuoteFixture.analyse("I brevet skriver foreldrene at skolen har sviktet barna.")
        #expect(article.words(0) == "skolen har sviktet barna")
        #expect(article.name(0) == "foreldrene")
        #expect(article.type(0) == .relative)
    }

    @Test func reportingToAnOutletBeforeTheAtClause() {
        let article = QuoteFixture.analyse("En talskvinne for sykehuset sier til NRK at situasjonen er under kontroll.")
        #expect(article.words(0) == "situasjonen er under kontroll")
        #expect(article.name(0) == "talskvinne for sykehuset" || article.name(0) == "en talskvinne for sykehuset")
    }

    @Test func opinionVerbWithABareClause() {
        let article = QuoteFixture.analyse("Økonom Lars Berge mener rentene vil stige videre i høst.")
        #expect(article.words(0) == "rentene vil stige videre i høst")
        #expect(article.quotes[0].rule == .opinionClause)
        #expect(article.name(0) == "Lars Berge")
    }

    @Test func opinionVerbInAGenericRelativeClauseIsNoQuote() {
        let article = QuoteFixture.analyse("Advokaten hjelper familier som mener at sønnene er sendt til fronten ulovlig.")
        #expect(article.quotes.isEmpty)
    }

    @Test func coordinatedReportingVerbSharesTheSpeaker() {
        let article = QuoteFixture.analyse("""
        Beboerne i Ringvei 3 hevder at huseieren har ignorert klagene i et år – og krever at kommunen griper inn.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "huseieren har ignorert klagene i et år")
        #expect(article.words(1) == "kommunen griper inn")
        #expect(article.name(0) == article.name(1))
    }

    @Test func coordinatedVerbInsideAnAttributionClause() throws {
        let article = QuoteFixture.analyse("""
        – Ingen har fått lønn siden mai, klager arbeiderne – og ber om at staten betaler det de skylder.
        """)
        #expect(article.words(0) == "Ingen har fått lønn siden mai")
        let reported = try #require(article.quote(startingWith: "staten"))
        #expect(article.quotes[reported].mode == .indirect)
        #expect(article.name(reported) == article.name(0))
    }

    @Test func speechVerbWithoutAtClauseIsNoQuote() {
        let article = QuoteFixture.analyse("Kvinnene henvender seg direkte til presidenten i videoen.")
        #expect(article.quotes.isEmpty)
    }

    @Test func reportedSpeechInsideADirectQuoteIsPartOfIt() {
        let article = QuoteFixture.analyse("– Han sa at de ikke hadde fått mat på tre dager, forteller Elena Sidorova.")
        #expect(article.quotes.count == 1)
        #expect(article.quotes[0].mode == .direct)
    }

    @Test func partialQuoteInsideAnAtClauseIsAlsoADirectQuoteOfTheSameSpeaker() {
        let article = QuoteFixture.analyse("Kommunen skriver at den har «full kontroll på situasjonen», men at det tar tid.")
        #expect(article.quotes.count == 2)
        #expect(article.quotes[0].mode == .indirect)
        #expect(article.words(0) == "den har «full kontroll på situasjonen», men at det tar tid")
        #expect(article.quotes[1].mode == .direct)
        #expect(article.quotes[1].rule == .partialQuote)
        #expect(article.words(1) == "full kontroll på situasjonen")
        #expect(article.quotes[1].speaker == article.quotes[0].speaker)
    }

    @Test func anAtClauseThatIsOnlyAPartialQuoteBecomesTheDirectQuote() {
        let article = QuoteFixture.analyse(
            "Nestleder Ingrid Bakke (V) sier til Avisa Nordland at hun «støtter forslaget fullt ut», mens Tor Moen (Ap) hevder overfor NRK at «dette er alle enige om».")
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "støtter forslaget fullt ut")
        #expect(article.quotes[0].mode == .direct)
        #expect(article.name(0) == "Ingrid Bakke")
        #expect(article.words(1) == "dette er alle enige om")
        #expect(article.name(1) == "Tor Moen")
    }

    @Test func prepositionalPhrasesAndParenthesesBeforeAt() {
        let article = QuoteFixture.analyse("""
        Sondre Vik benekter overfor TV 2 at han visste om planene.

        Etter møtet fredag kunngjorde Norsk Folkehjelp (NF) at veien åpner igjen.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "han visste om planene")
        #expect(article.name(0) == "Sondre Vik")
        #expect(article.words(1) == "veien åpner igjen")
        #expect(article.name(1) == "Norsk Folkehjelp")
    }

    @Test func speakerInParenthesesAfterAPartialQuote() {
        let article = QuoteFixture.analyse(
            "I debatten påpekte flere representanter at forslaget er «et hån mot velgerne» (Live Berg, Sp) og at det «gjør vondt verre» (Ola Nes, SV).")
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "et hån mot velgerne")
        #expect(article.name(0) == "Live Berg")
        #expect(article.quotes[0].rule == .parenthesis)
        #expect(article.words(1) == "gjør vondt verre")
        #expect(article.name(1) == "Ola Nes")
    }

    @Test func clauseBeforeSlikXSaIsXsIndirectQuote() {
        let article = QuoteFixture.analyse(
            "Saken ble lagt bort i fjor. Det endte med at ingen referater ble skrevet, slik ordfører Berit Lunde (H) sa under høringen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Det endte med at ingen referater ble skrevet")
        #expect(article.quotes[0].mode == .indirect)
        #expect(article.quotes[0].rule == .slikClause)
        #expect(article.name(0) == "Berit Lunde")
    }

    @Test func twoReportingVerbsJoinedByMenGiveTwoQuotes() {
        let article = QuoteFixture.analyse(
            "Talsmann Jonas Eng benekter overfor NRK at gruppen sto bak, men legger ikke skjul på at han støtter aksjonen.")
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "gruppen sto bak")
        #expect(article.words(1) == "han støtter aksjonen")
        #expect(article.name(1) == "Jonas Eng")
    }

    @Test func atLeftOutBeforeADefiniteNounAndAPresentTenseVerb() {
        let article = QuoteFixture.analyse("""
        Dag Erlandsen er daglig leder i stiftelsen.

        Han sier stiftelsen ønsker å være en motvekt til forskningen.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "stiftelsen ønsker å være en motvekt til forskningen")
        #expect(article.name(0) == "Dag Erlandsen")
    }

    @Test func subjectsWithPartiesAndAppositivesBeforeTheVerb() {
        let article = QuoteFixture.analyse("""
        Nestleder i bydelsutvalget, Ingrid Bakke (V), sier til avisen at hun liker forslaget.

        Tor Moen (Ap), leder for bydelens miljø-, plan- og samferdselskomité, hevder at alle er enige.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Ingrid Bakke")
        #expect(article.words(0) == "hun liker forslaget")
        #expect(article.name(1) == "Tor Moen")
        #expect(article.words(1) == "alle er enige")
    }

    @Test func adverbsAndTimeBeforeAt() {
        let article = QuoteFixture.analyse("Kari Holm sa treffende nok i høringen i går at loven er uklar.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "loven er uklar")
        #expect(article.name(0) == "Kari Holm")
    }

    @Test func anInfinitiveCueTakesTheSubjectOfTheSentence() {
        let article = QuoteFixture.analyse("""
        Representanter fra Høyre og Senterpartiet parerte med å fortelle at programmene er oppslagsverk.

        Istedenfor å fortelle velgerne at programmene ikke er for dem, burde partiene skrive enklere.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "programmene er oppslagsverk")
        #expect(article.name(0).hasPrefix("representanter fra Høyre"))
    }

    @Test func reportedSpeechInAHeadline() {
        let article = QuoteFixture.analyse("""
        Mann forklarer at politiet skjøt ham i ryggen

        En mann i 30-årene ble skutt av politiet i Drammen natt til fredag.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "politiet skjøt ham i ryggen")
        #expect(article.quotes[0].mode == .indirect)
    }

    @Test func pronounSubjectOfAnEmbeddedClause() {
        let article = QuoteFixture.analyse("""
        Edvin Tamm ble advart i fjor.

        Han kan få fengsel etter at han likevel skrev på Facebook at vaksinene er farlige.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "vaksinene er farlige")
        #expect(article.name(0) == "Edvin Tamm")
    }

    @Test func reportedSpeechInsideReportedSpeechIsNotASecondQuote() {
        let article = QuoteFixture.analyse("Kari Holm sier at hun håper krigen er over før jul.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "hun håper krigen er over før jul")
    }

    @Test func coordinatedCueTakesTheOpeningSubject() {
        let article = QuoteFixture.analyse("Kari Holm gir dem skylden for volden og sier at demonstrantene bør være varsomme.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Kari Holm")
        #expect(article.words(0) == "demonstrantene bør være varsomme")
    }

    @Test func nameInAppositionAfterAnInvertedSubject() {
        let article = QuoteFixture.analyse("I et innlegg hevder Israels ambassadør, Alon Roth, at bistandsmidler blir misbrukt.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Alon Roth")
        #expect(article.words(0) == "bistandsmidler blir misbrukt")
    }

    @Test func institutionNameWithLowerCaseNounAfterTheVerb() {
        let article = QuoteFixture.analyse("Etter befaringen torsdag sa Statens vegvesen at tunnelen åpner igjen i morgen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "tunnelen åpner igjen i morgen")
        #expect(article.name(0) == "Statens vegvesen")
        #expect(article.type(0) == .official)
    }

    @Test func splitCompoundInstitutionAfterAFrontedClauseAndComma() {
        let article = QuoteFixture.analyse("""
        Etter at fjellsiden var undersøkt fra helikopter, meldte Norges vassdrag- og energidirektorat (NVE) at faren var over.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "faren var over")
        #expect(article.name(0).hasPrefix("Norges vassdrag- og energidirektorat"))
        #expect(article.type(0) == .official)
    }

    @Test func unreadableTopicBeforeTheCueIsTheSubject() {
        let outlet = QuoteFixture.analyse("Ta det tilbake mener forslaget vil gi dårligere kontroll med pengene.")
        #expect(outlet.quotes.count == 1)
        #expect(outlet.words(0) == "forslaget vil gi dårligere kontroll med pengene")
        #expect(outlet.name(0).lowercased() == "ta det tilbake")
        let vague = QuoteFixture.analyse("Flere påpeker at høringsfristen var altfor kort.")
        #expect(vague.words(0) == "høringsfristen var altfor kort")
        #expect(vague.name(0) == "Flere")
    }

    @Test func fixedAdverbialBeforeTheCueIsNoSubject() {
        let article = QuoteFixture.analyse("I går mente at det var for sent.")
        #expect(article.quotes.isEmpty)
    }

    @Test func reportingNounWithAGenitiveSource() {
        let article = QuoteFixture.analyse("Legenes vurdering er at pasienten kan reise hjem i morgen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "pasienten kan reise hjem i morgen")
        #expect(article.name(0).lowercased() == "legene")
        #expect(article.quotes[0].rule == .reportingNoun)
        #expect(article.quotes[0].mode == .indirect)
    }

    @Test func reportingNounWithASourceAfterFra() {
        let claims = QuoteFixture.analyse("Påstander fra naboer og hytteeiere om at vannet er forurenset er ikke dokumentert.")
        #expect(claims.quotes.count == 1)
        #expect(claims.words(0) == "vannet er forurenset")
        #expect(claims.name(0) == "naboer og hytteeiere")
        let conclusion = QuoteFixture.analyse("Konklusjonen fra utvalget er at ordningen bør avvikles.")
        #expect(conclusion.words(0) == "ordningen bør avvikles")
        #expect(conclusion.name(0) == "utvalget")
    }

    @Test func reportingNounWithAPossessiveRefersBack() {
        let article = QuoteFixture.analyse("Ordfører Tove Lie ble spurt om saken. Hennes svar var at kommunen ikke har råd.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "kommunen ikke har råd")
        #expect(article.name(0) == "Tove Lie")
    }

    @Test func reportingNounWithoutASourceIsNoQuote() {
        let article = QuoteFixture.analyse("En av konklusjonene var at ingen hadde gjort noe galt.")
        #expect(article.quotes.isEmpty)
    }

    @Test func titleAndPlaceBeforeTheNameAndWordsBeforeAt() {
        let article = QuoteFixture.analyse("""
        Møtet ble holdt i Bergen. Kommuneadvokat i Bergen Lise Myhre Dahl sa treffende nok i høringen den 3. mars at reglene ikke blir strengere.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "reglene ikke blir strengere")
        #expect(article.name(0) == "Lise Myhre Dahl")
        #expect(article.type(0) == .official)
    }

    @Test func relativeClauseAfterTheNameClosedByACommaBeforeTheVerb() {
        let article = QuoteFixture.analyse("Ole Brekke (H) som stiller som ordførerkandidat i Molde, lover at ingen skoler skal legges ned.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "ingen skoler skal legges ned")
        #expect(article.name(0) == "Ole Brekke")
    }

    @Test func quotationWithASlikClauseIsTheNamedSpeakersInsideReportedSpeech() {
        let article = QuoteFixture.analyse("""
        Mange mener at hele saken var «et eneste rot» slik Dagbladet uttrykte det, og at ingen har tatt ansvar.
        """)
        #expect(article.quotes.count == 2)
        let reported = article.quote(startingWith: "hele saken")
        #expect(reported.map { article.words($0) } == "hele saken var «et eneste rot» … og at ingen har tatt ansvar")
        #expect(reported.map { article.name($0) } == "Mange")
        let partial = article.quote(startingWith: "et eneste rot")
        #expect(partial.map { article.name($0) } == "Dagbladet")
        #expect(partial.map { article.quotes[$0].mode } == .direct)
        #expect(partial.map { article.quotes[$0].rule } == .slikClause)
    }

    @Test func quotationWithASlikClauseInNarration() {
        let article = QuoteFixture.analyse("""
        Velgerne møter et språk som er fullt av «tomme floskler» slik Kari Holm beskrev sine kolleger i et intervju nylig.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "tomme floskler")
        #expect(article.name(0) == "Kari Holm")
    }

    @Test func nounWithANameInQuotationMarksBeforeTheVerbIsTheSubject() {
        let article = QuoteFixture.analyse("Aksjonsgruppen «Nei til ny vei» krever i et opprop på nett at kommunen stanser planene.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "kommunen stanser planene")
        #expect(article.name(0) == "Aksjonsgruppen «Nei til ny vei»")
        #expect(article.type(0) == .organisation)
    }

    @Test func aFiniteVerbInTheTopicMeansNoSubject() {
        for sentence in ["Regelverket kan for eksempel si at stønaden faller bort.", "En regner med at prisene stiger."] {
            #expect(QuoteFixture.analyse(sentence).quotes.isEmpty)
        }
    }

    @Test func strongPastTensesOfCompoundSpeechVerbs() {
        for verb in ["oppga", "fastslo", "slo fast", "gjentok", "medga"] {
            let article = QuoteFixture.analyse("Politimester Eva Dahl \(verb) at ingen var skadet.")
            #expect(article.words(0) == "ingen var skadet", "\(verb)")
            #expect(article.name(0) == "Eva Dahl", "\(verb)")
        }
    }

    @Test func frontedTimePhraseWithAQuantifierThenTheSubject() {
        let article = QuoteFixture.analyse("""
        Overgangen ble kjent i går.

        Noen timer senere bekreftet Brann at keeperen er klubbens nye kaptein.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "keeperen er klubbens nye kaptein")
        #expect(article.name(0) == "Brann")
    }

    @Test func personAndTheBodyTheyBelongTo() {
        let article = QuoteFixture.analyse("""
        Saken ble kjent i går.

        En ansatt i departementet opplyser til NTB at rapporten kommer i mai.
        """)
        #expect(article.words(0) == "rapporten kommer i mai")
        #expect(article.name(0) == "en ansatt i departementet")
    }

    @Test func organisationNounAfterTheVerbAndSomOpeningTheClause() {
        let office = QuoteFixture.analyse("""
        Saken ble kjent i går.

        Som svar på kritikken skriver Lunds kontor at ordføreren står på sitt.
        """)
        #expect(office.words(0) == "ordføreren står på sitt")
        #expect(office.name(0) == "Lunds kontor")
        let author = QuoteFixture.analyse("""
        Boka kom i fjor.

        Som Kari Berg påpeker i boka: «Ingen gud var uten feil.»
        """)
        #expect(author.words(0) == "Ingen gud var uten feil.")
        #expect(author.name(0) == "Kari Berg")
    }

    // MARK: Clauses without "at"

    @Test func sayWithoutAtBeforeAnIndefinitePluralList() {
        let article = QuoteFixture.analyse("Havnesjef Randi Holt sier fiskere, turister og naboer har klaget på støyen hele sommeren.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "fiskere, turister og naboer har klaget på støyen hele sommeren")
        #expect(article.name(0) == "Randi Holt")
    }

    @Test func sayWithoutAtBeforeAPastTenseVerb() {
        let article = QuoteFixture.analyse("Trener Ola Vik sier spillerne trente for hardt i uka før kampen.")
        #expect(article.words(0) == "spillerne trente for hardt i uka før kampen")
        #expect(article.name(0) == "Ola Vik")
    }

    @Test func sayToAnOutletWithoutAt() {
        let article = QuoteFixture.analyse("""
        Ordfører Siri Dahl (Sp) har ledet kommunen i åtte år.

        Hun sier til Nationen hun ikke stiller til gjenvalg neste høst.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "hun ikke stiller til gjenvalg neste høst")
        #expect(article.name(0) == "Siri Dahl")
    }

    @Test func invertedSubjectThenABareClause() {
        let article = QuoteFixture.analyse("Etter kampen tror treneren det blir vanskelig å nå sluttspillet.")
        #expect(article.words(0) == "det blir vanskelig å nå sluttspillet")
        #expect(article.name(0) == "treneren")
    }

    @Test func mainClauseAfterMenHasItsOwnSubject() {
        let article = QuoteFixture.analyse("Prisene har steget i to år, men økonom Lene Brun sier veksten nå flater ut.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "veksten nå flater ut")
        #expect(article.name(0) == "Lene Brun")
    }

    @Test func sayWithAnObjectIsNoBareClause() {
        let none = QuoteFixture.analyse("Lærer Jon Aas sa ifra til rektor, vaktmester og foreldre, men ingenting skjedde.")
        #expect(none.quotes.isEmpty)
        let fronted = QuoteFixture.analyse("Det mener likevel leder Kari Moe i foreningen Grønn By vi bør vente med.")
        #expect(fronted.quotes.isEmpty)
        let object = QuoteFixture.analyse("Statsråden sier nei til forslaget fra opposisjonen.")
        #expect(object.quotes.isEmpty)
    }

    // MARK: Participles and coordinated verbs

    @Test func perfectTenseReportingVerb() {
        let article = QuoteFixture.analyse("Fiskeriselskapet Nordbris har innrømmet at kvotene ble overskredet i fjor.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "kvotene ble overskredet i fjor")
        #expect(article.name(0) == "Fiskeriselskapet Nordbris" || article.name(0) == "Nordbris")
    }

    @Test func perfectTenseWithAdverbAndInvertedSubject() {
        let earlier = QuoteFixture.analyse("Ordfører Eva Strand hadde tidligere sagt at skolen ikke skulle legges ned.")
        #expect(earlier.words(0) == "skolen ikke skulle legges ned")
        #expect(earlier.name(0) == "Eva Strand")
        let inverted = QuoteFixture.analyse("I et intervju med lokalavisen har Eva Strand uttalt at budsjettet er for stramt.")
        #expect(inverted.words(0) == "budsjettet er for stramt")
        #expect(inverted.name(0) == "Eva Strand")
    }

    @Test func participleWithAnObjectIsNoReportedSpeech() {
        let article = QuoteFixture.analyse("Bøndene i dalen har fryktet det verste hele sommeren.")
        #expect(article.quotes.isEmpty)
    }

    @Test func coordinatedVerbAfterACommaSharesTheOpeningSubject() {
        let article = QuoteFixture.analyse("Skiløper Mari Lund vant sprinten i Lahti, men mener selv at formen kan bli enda bedre.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "formen kan bli enda bedre")
        #expect(article.name(0) == "Mari Lund")
    }

    @Test func coordinatedClauseWithAFrontedTimeWordHasItsOwnSubject() {
        let article = QuoteFixture.analyse("""
        Partiet har slitt på målingene hele våren, og torsdag kunngjorde lederen Per Sand at han går av.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "han går av")
        #expect(article.name(0) == "Per Sand")
    }

    // MARK: "Det skriver X." after narration

    @Test func narrationSentenceAttributedByTheNextSentence() {
        let article = QuoteFixture.analyse("""
        Brannvesenet rykket ut til et boligfelt i Moss.

        Tre leiligheter ble totalskadd i brannen natt til søndag. Det skriver Moss Avis.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Tre leiligheter ble totalskadd i brannen natt til søndag")
        #expect(article.quotes[0].mode == .indirect)
        #expect(article.name(0) == "Moss Avis")
    }

    @Test func narrationParagraphAttributedByTheNextParagraph() {
        let article = QuoteFixture.analyse("""
        Keeperen Jonas Eik har signert en ny treårsavtale med Brann.

        Det bekrefter klubben på sine nettsider.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Keeperen Jonas Eik har signert en ny treårsavtale med Brann")
        #expect(article.name(0) == "klubben")
    }

    @Test func nextSentenceWithoutSpeakerOrAfterAQuestionAttributesNothing() {
        let none = QuoteFixture.analyse("Hvem skal betale for den nye brua over fjorden? Det sier seg selv.")
        #expect(none.quotes.isEmpty)
    }

    // MARK: "ifølge" outlets, bodies and court papers

    @Test func accordingToAnOutletOrBodyNoun() {
        let media = QuoteFixture.analyse("Ifølge lokale medier ble tre personer fraktet til sykehus etter ulykken.")
        #expect(media.words(0) == "ble tre personer fraktet til sykehus etter ulykken")
        #expect(media.name(0) == "lokale medier")
        let club = QuoteFixture.analyse("Keeperen måtte ut med en lyskeskade, ifølge klubben.")
        #expect(club.words(0) == "Keeperen måtte ut med en lyskeskade")
        #expect(club.name(0) == "klubben")
    }

    @Test func accordingToAfterCommaMenKeepsOnlyTheMainClause() {
        let article = QuoteFixture.analyse("""
        Kommunen vil ikke kommentere saken, men ifølge havnemyndighetene skal fergen settes inn igjen i mai.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "skal fergen settes inn igjen i mai")
        #expect(article.name(0) == "havnemyndighetene")
    }

    @Test func accordingToASourceWithARelativeClauseAtTheEnd() {
        let article = QuoteFixture.analyse("Veien over fjellet er stengt på grunn av ras, ifølge en turist som sitter fast i bygda.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Veien over fjellet er stengt på grunn av ras")
    }

    @Test func accordingToAPlanOrLawIsNoQuote() {
        let article = QuoteFixture.analyse("Ifølge planen skal den nye skolen stå ferdig i 2027.")
        #expect(article.quotes.isEmpty)
    }

    // MARK: "synes", coordinated bare clauses, questions with "om"

    @Test func synesIsAnActiveOpinionVerb() {
        let article = QuoteFixture.analyse("Rektor Anne Lie synes ikke den nye timeplanen er god nok.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "den nye timeplanen er god nok")
        #expect(article.name(0) == "Anne Lie")
    }

    @Test func coordinatedOpinionVerbWithABareClause() {
        let article = QuoteFixture.analyse("Ordfører Tone Berg sier at kommunen har fått klager, men mener det er for tidlig å stenge veien.")
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "det er for tidlig å stenge veien")
        #expect(article.name(1) == "Tone Berg")
    }

    @Test func questionWithOmIsNoReportedSpeech() {
        let article = QuoteFixture.analyse("""
        Treneren Lars Vik møtte pressen fredag.

        På spørsmål om han synes det er urettferdig å spille tre kamper på en uke, ristet Vik på hodet.
        """)
        #expect(article.quotes.isEmpty)
    }

    // MARK: Longer subjects before the verb

    @Test func nameWithHospitalAffiliationBeforeTheVerb() {
        let article = QuoteFixture.analyse("Lege Trude Moe ved Stavanger universitetssjukehus sier at pasienten er utenfor livsfare.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "pasienten er utenfor livsfare")
        #expect(article.name(0) == "Trude Moe")
    }

    @Test func longerGenitiveNameBeforeARoleNoun() {
        let article = QuoteFixture.analyse("Bergen Venstres skolepolitiker mener byrådet har glemt elevene i ytterbydelene.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "byrådet har glemt elevene i ytterbydelene")
        #expect(article.name(0) == "Bergen Venstres skolepolitiker")
    }

    // MARK: Coordinated verbs of saying

    @Test func coordinatedCueAfterAVerbOfSayingWithAnObject() {
        let article = QuoteFixture.analyse("Rådmannen beklager forsinkelsene, men sier at tryggheten til elevene må komme først.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "tryggheten til elevene må komme først")
        // (A role noun since lexicon roles list rådmann: shown in lower case like "statsministeren".)
        #expect(article.name(0) == "rådmannen")
        #expect(article.type(0) == .official)
    }

    @Test func coordinatedCueAfterSeveralCommas() {
        let article = QuoteFixture.analyse("Trine Holm var sint etter møtet i kommunestyret, sent på kvelden, og sa at vedtaket var en hån.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "vedtaket var en hån")
        #expect(article.name(0) == "Trine Holm")
    }

    @Test func coordinatedCueAfterAnAdverbialAndAnInvertedSubject() {
        let article = QuoteFixture.analyse("""
        Statsråd Eva Lund talte på landsmøtet.

        Deretter går hun over til sykehusene og påpeker at ventetidene har gått ned.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "ventetidene har gått ned")
        #expect(article.name(0) == "Eva Lund")
    }

    @Test func adverbAfterTheConjunctionInvertsTheSubject() {
        let article = QuoteFixture.analyse("""
        Forfatteren Siri Moe var i Tromsø i vinter.

        Avisen møtte henne på en kafé, og da fortalte hun at boka var ferdig.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "boka var ferdig")
        #expect(article.name(0) == "Siri Moe")
    }

    // MARK: Reporting verbs inside a clause after a preposition and "at"

    @Test func subjectRightAfterPrepositionAndAt() {
        let article = QuoteFixture.analyse("Planen ble lagt bort til tross for at ordføreren i valgkampen sa at køene skulle bli kortere.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "køene skulle bli kortere")
        #expect(article.name(0).hasPrefix("ordføreren"))
    }

    @Test func nameAfterEtterAtWithAReportedClause() {
        let article = QuoteFixture.analyse("Spekulasjonene tok slutt etter at Molde bekreftet at Per Vik blir ny trener.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Per Vik blir ny trener")
        #expect(article.name(0) == "Molde")
    }

    @Test func utenAtReportsNothing() {
        let article = QuoteFixture.analyse("Han trakk seg uten at styret sa at det var nødvendig.")
        #expect(article.quotes.isEmpty)
    }

    @Test func frontedClauseBeforeACommaKeepsTheInvertedSubject() {
        let article = QuoteFixture.analyse("Etter at geologene hadde sett på fjellet, meldte direktoratet at alle kunne flytte hjem.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "direktoratet")
    }

    @Test(arguments: [
        ("Mandag bekreftet klubben at treneren får fortsette ut sesongen.", "klubben", SpeakerType.organisation),
        ("I et brev skrev tilsynet at saken er avsluttet for denne gang.", "tilsynet", SpeakerType.official),
        ("På sine nettsider melder rederiet at mannskapet er i god behold.", "rederiet", SpeakerType.organisation),
        ("Nå skriver fagbladet at anbudet ble trukket i siste liten.", "fagbladet", SpeakerType.organisation),
    ])
    func organisationNounAfterTheVerbIsTheSpeaker(sentence: String, speaker: String, type: SpeakerType) {
        let article = QuoteFixture.analyse(sentence)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == speaker)
        #expect(article.type(0) == type)
    }

    @Test func organisationNounAsObjectIsNoSpeaker() {
        let article = QuoteFixture.analyse("Mandag besøkte klubben at-skolen i sentrum for første gang.")
        #expect(article.quotes.isEmpty)
    }

    @Test func aClubNamedOnlyLaterIsNotTheClubThatSpoke() {
        let article = QuoteFixture.analyse("""
        Nordby IL lovet å rydde opp, og mandag bekreftet klubben at spissen ikke får spille mer i år.

        Spissens tidligere klubb Sørvik FK la ut et bilde av ham samme kveld.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) != "Sørvik FK")
    }

    @Test func aRoleInAnAtClauseIsNotTheSubjectsRole() {
        let article = QuoteFixture.analyse("""
        Kari Holm er tydelig på at det ikke er mange professorer som kan lokke henne vekk.

        – Jeg trives godt her, sier Holm.
        """)
        #expect(article.name(0) == "Kari Holm")
        #expect(article.type(0) != .expert)
    }

    // MARK: Words between the verb and "at"

    @Test(arguments: [
        ("Direktøren opplyste kl. 19.33 at brannen var slukket.", "direktøren", "brannen var slukket"),
        ("Treneren sa før VM at laget var klart.", "treneren", "laget var klart"),
        ("Lederen for utvalget varslet dagen før at nye regler kommer.", "lederen for utvalget", "nye regler kommer"),
        ("Sjefen for Nordlands vegkontor varslet dagen før at brua stenges.", "sjefen for Nordlands vegkontor", "brua stenges"),
    ])
    func timePhraseBetweenTheVerbAndAt(sentence: String, speaker: String, words: String) {
        let article = QuoteFixture.analyse(sentence)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == speaker)
        #expect(article.words(0) == words)
    }

    @Test func forBeforeAClauseIsNoPreposition() {
        let article = QuoteFixture.analyse("Treneren sa før han dro at laget var klart.")
        #expect(article.quotes.isEmpty)
    }

    @Test func genitiveAfterATopicIsNoSpeaker() {
        let article = QuoteFixture.analyse("Som svar på Dals siste Facebook-melding skriver Holms kontor at kritikken er urimelig.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Holms kontor")
    }

    // MARK: Relative clauses

    @Test func relativeClauseAfterAnApposition() {
        let article = QuoteFixture.analyse("""
        Kari Holm, en av kandidatene, som sist uke bekreftet at hun stiller til valg, forsøkte å roe gemyttene.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Kari Holm")
        #expect(article.words(0) == "hun stiller til valg")
    }

    @Test func relativeClauseAfterAnAppositionWithoutANameIsNoQuote() {
        let article = QuoteFixture.analyse("Møtet, en av mange i høst, som sist uke bekreftet at alt var i orden, tok to timer.")
        #expect(article.quotes.isEmpty)
    }

    // MARK: Coordinated subjects

    @Test(arguments: [
        ("Kari Holm og Ola Dal mener at skatten må ned for alle.", "Kari Holm og Ola Dal"),
        ("Nordre Lag og Søndre Lag lover at skolen skal få mer penger.", "Nordre Lag og Søndre Lag"),
        ("Også Fjellrike og Sjøland melder at de stanser all trafikk med flyet.", "Fjellrike og Sjøland"),
        // (The second with its title: "og rektor Per Li".)
        ("Trener Siv Aas og rektor Per Li sier at hallen må pusses opp.", "Siv Aas og rektor Per Li"),
        ("Ola Brun og lege Eva Holt mener at køen er for lang.", "Ola Brun og lege Eva Holt"),
    ])
    func twoNamedSubjectsAreOneSpeaker(sentence: String, speaker: String) {
        let article = QuoteFixture.analyse(sentence)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == speaker)
        #expect(article.speaker(0).isGroup)
    }

    @Test func aPairIsNeitherOfItsMembers() {
        let article = QuoteFixture.analyse("""
        Også Kari Holm sier at skatten må ned.

        Kari Holm og Ola Dal mener at bompengene må bort.

        Venstre og Rødt lover at skolen skal få mer penger, mens Høyre og Venstre er enige om at veiene må bygges.
        """)
        #expect(article.names == ["Kari Holm", "Kari Holm og Ola Dal", "Venstre og Rødt", "Høyre og Venstre"])
    }

    @Test func focusParticleBeforeAPrepositionStaysAnAdverbial() {
        let article = QuoteFixture.analyse("Også i Nordby melder politiet at veiene er glatte.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "politiet")
    }

    @Test func ogOpensAMainClauseWithItsOwnSubject() {
        let article = QuoteFixture.analyse("Det er enighet om kraften, og Nordre Lag og Søndre Lag er enige om at skogen skal vernes.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "skogen skal vernes")
        #expect(article.name(0) == "Nordre Lag og Søndre Lag")
    }

    @Test func nameAfterTheLastCommaOfAListIsNoSubject() {
        let article = QuoteFixture.analyse("Blant avsenderne er Per Lie, tidligere ordfører, og Ola Vik, tidligere lærer, skriver Vestavisa.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Vestavisa")
    }

    @Test func ledIsNoFormOfLaughing() {
        let article = QuoteFixture.analyse("""
        Han viste til paragraf 38 siste ledd:

        «Et forslag som er avgjort, kan ikke tas opp igjen i samme sesjon.»
        """)
        #expect(!article.quotes.indices.contains { article.cue($0) == "ledd" })
    }

    // MARK: Document formulas

    @Test func staarDetAtQuotesTheDocumentBeforeIt() {
        let article = QuoteFixture.analyse("I kjennelsen står det at tiltalte i lang tid hadde skjult pengene for kona.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "tiltalte i lang tid hadde skjult pengene for kona")
        #expect(article.name(0) == "kjennelsen")
    }

    @Test func detHeterIDocumentAtWithAPartialQuote() {
        let article = QuoteFixture.analyse("Det heter i skredvarselet at det «vil være stor fare for løssnøskred i bratte fjellsider».")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "vil være stor fare for løssnøskred i bratte fjellsider")
        #expect(article.name(0) == "skredvarselet")
    }

    @Test func staarDetKlartAtIsNoQuote() {
        let article = QuoteFixture.analyse("Etter kampen står det klart at laget rykker ned til andredivisjon.")
        #expect(article.quotes.isEmpty)
    }

    @Test func partyNameWithALowercaseParticleInTheSpeakersFromPhrase() {
        let article = QuoteFixture.analyse("Kari Holm fra Miljøpartiet de Grønne hevdet på radio nylig at hun møtte til flest avstemninger.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Kari Holm")
        #expect(article.words(0) == "hun møtte til flest avstemninger")
    }

    @Test func conjunctionDaAfterAFromPhraseIsNoNameParticle() {
        let article = QuoteFixture.analyse("– Vi sees snart, skrev klubben fra Tromsø da Ola Moes avgang ble kjent.")
        #expect(article.quotes.count == 1)
        #expect(!article.name(0).contains("Moe"))
    }

    @Test func atAfterEtterOrUtenOpensNoReportedClause() {
        let article = QuoteFixture.analyse("""
        Trener Ola Dahl kommenterte kampen etter at laget hadde tapt for tredje gang.

        Statsråd Kari Vik svarte på kritikken uten at hun gikk inn på tallene.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func pointsOutWithTrekkerFramAt() {
        let article = QuoteFixture.analyse("Fylkesleder Per Lunde trekker fram at bussene har vært forsinket hele vinteren.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "bussene har vært forsinket hele vinteren")
        #expect(article.name(0) == "Per Lunde")
    }

    @Test func pluralAdjectiveCueTydeligePaaAt() {
        let article = QuoteFixture.analyse("Rødt og MDG er nå helt tydelige på at de vil stanse utbyggingen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "de vil stanse utbyggingen")
        #expect(article.name(0) == "Rødt og MDG")
    }

    @Test func mannerAdverbBetweenAuxiliaryAndParticiple() {
        let article = QuoteFixture.analyse("Helseminister Ola Berg har eksplisitt uttalt at sykehuset ikke skal legges ned.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "sykehuset ikke skal legges ned")
        #expect(article.name(0) == "Ola Berg")
    }

    @Test func relativeClauseAfterANounSubjectClosedByAComma() {
        let article = QuoteFixture.analyse("En gruppe som hjelper voldsutsatte kvinner, frykter at mange ofre ikke melder fra.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "mange ofre ikke melder fra")
        #expect(article.name(0) == "en gruppe")
    }

    @Test func passiveReportWithAFrontedSourceIsTheSourcesIndirectQuote() {
        let article = QuoteFixture.analyse("På forbundets nettsider opplyses det at streiken trappes opp fra mandag.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "streiken trappes opp fra mandag")
        #expect(article.name(0) == "forbundets nettsider")
    }

    @Test func passiveReportWithoutASourceIsNoQuote() {
        let article = QuoteFixture.analyse("""
        I dag meldes det at streiken trappes opp fra mandag.

        I Bergen opplyses det at bussene står.
        """)
        #expect(article.quotes.isEmpty)
    }

    @Test func documentFormulaAfterARelativeDer() {
        let article = QuoteFixture.analyse("""
        Kommunen viser til forskriften, der det heter at «søknaden skal avgjøres innen tre uker».
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "søknaden skal avgjøres innen tre uker")
        #expect(article.quotes[0].mode == .direct)
    }

    @Test func documentFormulaStopsAtAColon() {
        let article = QuoteFixture.analyse("I rapporten oppsummeres det slik: Funnene viser at elevene leser mindre enn før.")
        #expect(!article.quotes.contains { $0.mode == .indirect && article.text.string($0.parts[0]) == "elevene leser mindre enn før" })
    }

    @Test func twoNamedSubjectsShareACoordinatedCue() {
        let article = QuoteFixture.analyse("Kari Holm og Per Dal har lagt fram et felles forslag og er helt tydelige på at skolen må bevares.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "skolen må bevares")
        #expect(article.name(0) == "Kari Holm og Per Dal")
    }

    @Test func accordingToTheMinutesInsideASelvOmClause() {
        let article = QuoteFixture.analyse("Forslaget ble vedtatt, selv om flertallet ifølge referatet ikke var til stede.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "flertallet … ikke var til stede")
    }

    @Test func cueBeforeAFinalColonMakesNoReportOfItsSentence() {
        let article = QuoteFixture.analyse("""
        På spørsmål om hvem som har ansvaret for kuttene, svarte ordfører Kari Holm:

        – Det er hele bystyret som står bak budsjettet.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Det er hele bystyret som står bak budsjettet.")
        #expect(article.name(0) == "Kari Holm")
    }

    @Test func firstNameThatIsAlsoATimeWordOpensTheSubject() {
        let article = QuoteFixture.analyse("""
        Dag Olav Lunde har uttalt at budsjettet må kuttes.

        I Dagbladet tirsdag sa Kari Holm at hun er fornøyd.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.names == ["Dag Olav Lunde", "Kari Holm"])
    }

    @Test func listOfThreeNamedSubjectsIsOneSpeaker() {
        let article = QuoteFixture.analyse("Kari Holm, Per Dal og Ola Vik mener at skolen må bevares.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "skolen må bevares")
        #expect(article.name(0) == "Kari Holm, Per Dal og Ola Vik")
    }
}
