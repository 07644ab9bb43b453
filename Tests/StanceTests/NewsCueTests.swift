import Testing
@testable import Stance

/// Reporting constructions any Norwegian news article may use, on any topic: formulas that
/// quote a document ("Det går fram av …", "…, heter det i …"), short statements with a cue
/// after them, negated verbs of telling, and quotations over two paragraphs.
@Suite struct NewsCueTests {
    // MARK: Lists of parties

    @Test func aListOfPartiesIsOneSpeaker() {
        let three = QuoteFixture.analyse("Høyre, Venstre og KrF sier at budsjettforliket er et godt kompromiss.")
        #expect(three.quotes.count == 1)
        #expect(three.name(0) == "Høyre, Venstre og KrF")
        let capitals = QuoteFixture.analyse("SV, MDG og Rødt mener at formuesskatten må økes.")
        #expect(capitals.name(0) == "SV, MDG og Rødt")
        let long = QuoteFixture.analyse("Arbeiderpartiet, SV og Senterpartiet krever at ferjeprisene halveres.")
        #expect(long.name(0) == "Arbeiderpartiet, SV og Senterpartiet")
    }

    @Test func aPartyOpeningTheSentenceKeepsItsCapitals() {
        let article = QuoteFixture.analyse("KrF har lovet at barnetrygden skal økes.")
        #expect(article.name(0) == "KrF")
        let mixed = QuoteFixture.analyse("FrP mener at bompengene bør fjernes.")
        #expect(mixed.name(0) == "FrP")
    }

    @Test func aBodysDefinitionAndAPartysProgrammeAreItsWords() {
        let definition = QuoteFixture.analyse("Utdanningsdirektoratet definerer mobbing som «gjentatte negative handlinger fra en eller flere».")
        #expect(definition.quotes.count == 1)
        #expect(definition.words(0) == "gjentatte negative handlinger fra en eller flere")
        let programme = QuoteFixture.analyse("MDG har programfestet at oljeletingen skal stanses.")
        #expect(programme.words(0) == "oljeletingen skal stanses")
        #expect(programme.name(0) == "MDG")
    }

    @Test func aVerbOfSeemingGivesItsSubjectToTheInfinitiveCue() {
        let article = QuoteFixture.analyse("SV mener at skatten må opp.\n\nFremskrittspartiet ser ut til å mene at bompengene bør fjernes.")
        #expect(article.quotes.count == 2)
        #expect(article.name(1) == "Fremskrittspartiet")
        let past = QuoteFixture.analyse("Ola Dal er ordfører.\n\nKari Holm så ut til å mene at skolen må legges ned.")
        #expect(past.name(0) == "Kari Holm")
    }

    @Test func aListAfterAPrepositionKeepsTheQuote() {
        let article = QuoteFixture.analyse("Representanter fra Høyre, Ap og Sp mente at planen var for dyr.")
        #expect(article.quotes.count == 1)
    }

    // MARK: A colon after a fronted document

    @Test func frontedDocumentThenVerbAndSpeakerBeforeAColon() {
        let article = QuoteFixture.analyse("I brevet skriver Kari Holm: «Vi har ikke råd til flere kutt.»")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Kari Holm")
        let role = QuoteFixture.analyse("I høringssvaret skriver fylkeslegen: «Tilbudet er for dårlig.»")
        #expect(role.name(0) == "fylkeslegen")
    }

    // MARK: A programme named by its owner's genitive

    @Test func documentWithAGenitiveOwnerSaysItsText() {
        let party = QuoteFixture.analyse("I Senterpartiets program står det at alle lokalsykehus skal bestå.")
        #expect(party.quotes.count == 1)
        #expect(party.words(0) == "alle lokalsykehus skal bestå")
        let lower = QuoteFixture.analyse("I partiets program står det at eiendomsskatten skal fjernes.")
        #expect(lower.words(0) == "eiendomsskatten skal fjernes")
        #expect(lower.name(0) == "partiets program")
    }

    @Test func documentFormulaBeforeAColonQuotesTheDocument() {
        let article = QuoteFixture.analyse("Ola Dal er partileder.\n\nI rapporten står det: «Tilsynet fant alvorlige avvik ved tre sykehjem.»")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "rapporten")
        let opening = QuoteFixture.analyse("Ola Dal er partileder.\n\nDet heter i vedtaket: «Kommunen skal tilby plass innen fire uker.»")
        #expect(opening.name(0) == "vedtaket")
        let following = QuoteFixture.analyse("Ola Dal er partileder.\n\nI avtalen står det følgende: «Partene skal møtes hver måned.»")
        #expect(following.name(0) == "avtalen")
    }

    @Test func accordingToADocumentOfANamedOwner() {
        let party = QuoteFixture.analyse("Ifølge partiprogrammet til Venstre skal arveavgiften ikke gjeninnføres.")
        #expect(party.quotes.count == 1)
        #expect(party.name(0) == "Venstre")
        let report = QuoteFixture.analyse("Utgiftene til konsulenter har doblet seg, ifølge rapporten til Riksrevisjonen.")
        #expect(report.name(0) == "Riksrevisjonen")
        let kin = QuoteFixture.analyse("Ifølge faren til Ola Dal har gutten flyttet hjemmefra.")
        #expect(kin.name(0) != "Ola Dal")
    }

    // MARK: "Det går fram av …"

    @Test func emergesFromAPressReleaseIsTheSendersReport() {
        let article = QuoteFixture.analyse("Det går fram av en pressemelding fra Helsedirektoratet at to klinikker må stenge i vinter.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "to klinikker må stenge i vinter")
        #expect(article.quotes.first?.mode == .indirect)
        #expect(article.name(0) == "Helsedirektoratet")
    }

    @Test func emergesWithTheDocumentFronted() {
        let article = QuoteFixture.analyse("Av brevet går det fram at rektor ble varslet om muggen i fjor.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "rektor ble varslet om muggen i fjor")
        #expect(article.name(0) == "brevet")
        let report = QuoteFixture.analyse("I rapporten kommer det fram at ventetiden har økt med tre uker.")
        #expect(report.words(0) == "ventetiden har økt med tre uker")
        #expect(report.name(0) == "rapporten")
    }

    @Test func oneWordEmergesVerbWithAGenitiveOwner() {
        let article = QuoteFixture.analyse("Det framgår av Norges Banks rentebeslutning at banken vurderer flere økninger.")
        #expect(article.words(0) == "banken vurderer flere økninger")
        #expect(article.name(0) == "Norges Bank")
        let sender = QuoteFixture.analyse("Det kommer fram i en rapport fra Statens vegvesen at trafikken har økt med 20 prosent.")
        #expect(sender.words(0) == "trafikken har økt med 20 prosent")
        #expect(sender.name(0) == "Statens vegvesen")
    }

    @Test func emergesWithoutASourceIsNoQuote() {
        #expect(QuoteFixture.analyse("Det kom fram i retten at mannen hadde drukket.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Det går fram av en rapport at ventetiden har økt.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Bussen går fram til Nordby skole hver morgen.").quotes.isEmpty)
    }

    // MARK: A formula after the clause

    @Test func formulaAfterAClauseAttributesItToTheDocument() {
        let article = QuoteFixture.analyse("Veien blir dyrere enn ventet, heter det i saksframlegget fra kommunedirektøren.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Veien blir dyrere enn ventet")
        #expect(article.name(0) == "kommunedirektøren")
        let report = QuoteFixture.analyse("Brua må stenges i to måneder, står det i rapporten.")
        #expect(report.words(0) == "Brua må stenges i to måneder")
        #expect(report.name(0) == "rapporten")
        let emerges = QuoteFixture.analyse("Boken lanseres i september, går det fram av en melding fra forlaget.")
        #expect(emerges.words(0) == "Boken lanseres i september")
        #expect(emerges.name(0) == "forlaget")
    }

    /// "…, går det fram av et brev til de ansatte.": a document that names no sender is the
    /// source itself (not the people it was sent to).
    @Test func formulaAfterAClauseWithADocumentThatNamesNoSender() {
        let letter = QuoteFixture.analyse("Fabrikken på Mo stenger i mars, går det fram av et brev til de ansatte.")
        #expect(letter.quotes.count == 1)
        #expect(letter.words(0) == "Fabrikken på Mo stenger i mars")
        #expect(letter.name(0) == "et brev")
        #expect(letter.type(0) == .unknown)
    }

    @Test func statementAfterTheQuoteNamesItsSender() {
        let article = QuoteFixture.analyse("""
        Kutt i støtten

        – Vi må prioritere hardere, sier helseminister Ola Nordmann.

        «Ordningen treffer for dårlig», heter det i en uttalelse fra departementet.
        """)
        #expect(article.quote(startingWith: "Ordningen").map { article.name($0) } == "departementet")
    }

    // MARK: Short statements and sentences attributed twice

    @Test func threeWordStatementBeforeACue() {
        let article = QuoteFixture.analyse("Høringsfristen er forlenget, melder kommunen.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Høringsfristen er forlenget")
        #expect(article.name(0) == "kommunen")
        let pronoun = QuoteFixture.analyse("Ola Berg er bonde i Lom. Det er for kaldt, sier han.")
        #expect(pronoun.words(0) == "Det er for kaldt")
        #expect(pronoun.name(0) == "Ola Berg")
        #expect(QuoteFixture.analyse("Kari Berg er bonde i Lom. Han gråt, sier hun.").quotes.isEmpty)
    }

    @Test func sentenceWithItsOwnCueIsNotTakenByTheNextOnesDetSier() {
        let article = QuoteFixture.analyse("""
        Alle skolene i byen holder stengt mandag, opplyser kommunen. Det bekrefter også kommunikasjonssjef Anne Moe overfor BT.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "kommunen")
    }

    // MARK: Negation

    @Test func negatedVerbOfTellingIsNoQuote() {
        #expect(QuoteFixture.analyse("Kari Holm sa ikke at hun ville trekke seg.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Kari Holm har aldri sagt at hun vil gå av som leder.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Politiet forteller ikke at mannen er siktet.").quotes.isEmpty)
    }

    @Test func negatedOpinionOrDenialStillReports() {
        let opinion = QuoteFixture.analyse("Kari Holm mener ikke at regjeringen har gjort noe galt.")
        #expect(opinion.words(0) == "regjeringen har gjort noe galt")
        let denial = QuoteFixture.analyse("Politiet avviser ikke at flere kan være involvert.")
        #expect(denial.words(0) == "flere kan være involvert")
        let suspicion = QuoteFixture.analyse("Politiet mistenker ikke at mannen hadde hjelp.")
        #expect(suspicion.words(0) == "mannen hadde hjelp")
        let modal = QuoteFixture.analyse("Politiet kan ikke utelukke at flere er involvert.")
        #expect(modal.words(0) == "flere er involvert")
        #expect(modal.name(0) == "politiet")
    }

    // MARK: Subjects

    @Test func cueParticleBeforeAtIsNoPrepositionalClause() {
        let article = QuoteFixture.analyse("""
        Foreldre i Bergen forteller til BT at de er slitne av streiken. Kari Holm legger til at hun håper streiken blir kortvarig.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "hun håper streiken blir kortvarig")
        #expect(article.name(1) == "Kari Holm")
    }

    @Test func subjectWithTheArticleDetBeforeTheVerb() {
        let article = QuoteFixture.analyse("Det ukrainske forsvarsdepartementet opplyser til Reuters at flere droner ble skutt ned.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "flere droner ble skutt ned")
        #expect(article.name(0).hasSuffix("forsvarsdepartementet"))
        #expect(QuoteFixture.analyse("Det siste året har ventetiden økt, og det sier noe om presset.").quotes.isEmpty)
    }

    // MARK: Quotations over two paragraphs

    @Test func attributedSecondParagraphNamesTheSpeakerOfTheFirst() {
        let article = QuoteFixture.analyse("""
        Mugg i gymsalen

        Rektor Kari Holm har stengt skolen.

        «Vi fikk beskjed torsdag kveld. Det var et sjokk for alle.

        «Nå håper vi bare at det blir ordnet raskt», sier FAU-leder Per Lie.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.names == ["Per Lie", "Per Lie"])
    }

    @Test func secondParagraphWithoutItsOpeningMarkContinuesTheQuotation() {
        let article = QuoteFixture.analyse("""
        Mugg i gymsalen

        Rektor Kari Holm har stengt skolen.

        «Vi fikk beskjed torsdag kveld. Det var et sjokk for alle.

        Nå håper vi bare at det blir ordnet raskt», sier FAU-leder Per Lie.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(1) == "Nå håper vi bare at det blir ordnet raskt")
        #expect(article.names == ["Per Lie", "Per Lie"])
    }

    // MARK: Clause shapes around the cue

    @Test func perfectWithTheSubjectAfterTheAuxiliary() {
        let article = QuoteFixture.analyse("Til NRK har partiet sagt at skolen skal bygges i år.")
        #expect(article.words(0) == "skolen skal bygges i år")
        #expect(article.name(0) == "partiet")
        let hedge = QuoteFixture.analyse("Kari Holm er ordfører i Lom. I et møte skal hun ha sagt at skolen må stenge.")
        #expect(hedge.words(0) == "skolen må stenge")
        #expect(hedge.name(0) == "Kari Holm")
    }

    @Test func cueInsideASubordinateClauseOpeningTheSentence() {
        let contrast = QuoteFixture.analyse("Mens Kari Holm sier at skolen må stenge, mener Ola Dal at den kan holde åpent.")
        #expect(contrast.quotes.count == 2)
        #expect(contrast.words(0) == "skolen må stenge")
        #expect(contrast.name(0) == "Kari Holm")
        #expect(contrast.name(1) == "Ola Dal")
        let concession = QuoteFixture.analyse("Selv om sentralbanken fortsatt tror at økonomien vil vokse, er det stor usikkerhet.")
        #expect(concession.words(0) == "økonomien vil vokse")
        #expect(concession.name(0) == "sentralbanken")
    }

    @Test func adverbialClauseAfterTheSpeakerEndsTheAttribution() {
        let article = QuoteFixture.analyse("Det ble avgjort tidlig i partiet, sa Magnus Carlsen etter at han vant.")
        #expect(article.words(0) == "Det ble avgjort tidlig i partiet")
        #expect(article.name(0) == "Magnus Carlsen")
    }

    @Test func descriptionWithAnAppositionBeforeTheVerb() {
        let article = QuoteFixture.analyse("Føreren, en mann i 40-årene, opplyste til politiet at bilen mistet veigrepet.")
        #expect(article.words(0) == "bilen mistet veigrepet")
        #expect(article.name(0) == "føreren")
    }

    @Test func shareOfAGroupAfterTheVerb() {
        let article = QuoteFixture.analyse("I undersøkelsen sier 70 prosent av elevene at de har fått bedre forståelse for reglene.")
        #expect(article.words(0) == "de har fått bedre forståelse for reglene")
        #expect(article.name(0) == "70 prosent av elevene")
    }

    @Test func outletBetweenThePronounAndTheVerb() {
        let article = QuoteFixture.analyse("Kari Holm kom i fjor med en bok der hun til NTB fortalte at hun hadde vært syk lenge.")
        #expect(article.words(0) == "hun hadde vært syk lenge")
        #expect(article.name(0) == "Kari Holm")
    }

    @Test func captionWithANamedSubjectReports() {
        let article = QuoteFixture.analyse("""
        Cannabis som medisin

        Regjeringen vil se på reglene for medisinsk cannabis.

        ETTERLYSER FORSKNING: Morten Dahl, direktør i Cannabisforeningen, påpeker at det er forsket lite på medisinsk bruk.

        Mange pasienter venter på svar.

        BEKYMRET: Pasientene ber om at saken får høy prioritet.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "det er forsket lite på medisinsk bruk")
        #expect(article.name(0) == "Morten Dahl")
    }

    // MARK: Headlines and plans

    @Test func headlineWithANameBeforeAVerbThatLeavesOutAt() {
        let article = QuoteFixture.analyse("""
        Listhaug mener regjeringen sover i timen

        Frp-leder Sylvi Listhaug er kritisk til regjeringens strømpolitikk.

        – De gjør ingenting, sier Listhaug.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "regjeringen sover i timen")
        #expect(article.name(0) == "Sylvi Listhaug")
    }

    @Test func planOrAssumptionWithLeggeTilIsNoQuote() {
        #expect(QuoteFixture.analyse("Kommunen legger opp til at byggingen starter i mai.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Regjeringen legger til grunn at renten vil falle neste år.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Planen legger til rette for at flere kan sykle til jobben.").quotes.isEmpty)
        let addition = QuoteFixture.analyse("Kari Holm legger til at hun er skuffet over vedtaket.")
        #expect(addition.words(0) == "hun er skuffet over vedtaket")
    }

    // MARK: Questions and anonymous sources

    @Test func questionInNarrationWithItsSpeakerAfterIt() {
        let article = QuoteFixture.analyse("Sauene forsvinner hver sommer. Hvorfor skjer dette igjen? spør bonde Kari Holm.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Hvorfor skjer dette igjen?")
        #expect(article.name(0) == "Kari Holm")
    }

    @Test func sourcesAnOutletHasTalkedTo() {
        let after = QuoteFixture.analyse("Byrådslederen vil trekke seg før jul, ifølge kilder BT har snakket med.")
        #expect(after.words(0) == "Byrådslederen vil trekke seg før jul")
        #expect(after.name(0) == "kilder")
        let before = QuoteFixture.analyse("Ifølge kilder VG har vært i kontakt med, vil treneren få sparken.")
        #expect(before.words(0) == "vil treneren få sparken")
        #expect(before.name(0) == "kilder")
        let cue = QuoteFixture.analyse("Regjeringen vil legge fram en krisepakke, sier kilder Aftenposten har snakket med.")
        #expect(cue.name(0) == "kilder")
    }

    @Test func sourcesWithoutDeterminerBeforeAnInvertedClause() {
        // The verb right after "kilder" is the main clause's, not a relative clause's.
        let sources = QuoteFixture.analyse("Ifølge kilder har Russland mistet tre kampfly denne uken.")
        #expect(sources.words(0) == "har Russland mistet tre kampfly denne uken")
        #expect(sources.name(0) == "kilder")
        let diplomats = QuoteFixture.analyse("Ifølge diplomater har Israel mistet tålmodigheten med Hamas.")
        #expect(diplomats.name(0) == "diplomater")
        let pronoun = QuoteFixture.analyse("Ifølge kilder vi har snakket med, har Iran sendt nye raketter.")
        #expect(pronoun.name(0) == "kilder")
    }

    // MARK: Wire-service shapes

    @Test func passiveOfQuotingNamesTheOneQuoted() {
        let article = QuoteFixture.analyse("Presidenten siteres av nyhetsbyrået Tass på at landet har nye våpen.")
        #expect(article.words(0) == "landet har nye våpen")
        #expect(article.name(0) == "presidenten")
        let participle = QuoteFixture.analyse("Kari Holm er sitert på at hun vil stille til gjenvalg.")
        #expect(participle.words(0) == "hun vil stille til gjenvalg")
        #expect(participle.name(0) == "Kari Holm")
    }

    @Test func hedgeWithASourceBetweenModalAndHa() {
        let article = QuoteFixture.analyse("Talsperson Dmitrij Peskov skal ifølge Reuters ha sagt at samtalene er frosset.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "samtalene er frosset")
        #expect(article.name(0) == "Dmitrij Peskov")
    }

    @Test func hedgeAfterADashQuote() {
        let article = QuoteFixture.analyse("""
        Samtaler frosset

        Kari Holm leder forhandlingene.

        – Det finnes ingen dialog lenger, skal Ola Dal ha sagt.
        """)
        #expect(article.words(0) == "Det finnes ingen dialog lenger")
        #expect(article.name(0) == "Ola Dal")
    }

    @Test func messageFromASenderBeforeAColon() {
        let article = QuoteFixture.analyse("""
        Nato svarer

        Russland kom med nye trusler torsdag.

        Beskjeden fra Nato er klar: – Vi lar oss ikke skremme.
        """)
        #expect(article.words(0) == "Vi lar oss ikke skremme.")
        #expect(article.name(0) == "Nato")
    }

    @Test func documentSignedByItsSenders() {
        let signed = QuoteFixture.analyse("I et brev signert 40 sykepleiere står det at bemanningen er uforsvarlig.")
        #expect(signed.words(0) == "bemanningen er uforsvarlig")
        #expect(signed.name(0) == "40 sykepleiere")
        let open = QuoteFixture.analyse("I et åpent brev fra seks leger står det at legevakten må styrkes.")
        #expect(open.words(0) == "legevakten må styrkes")
        #expect(open.name(0) == "seks leger")
    }

    @Test func frontedPhraseWithoutAVerbIsNoStatementBeforeTheCue() {
        #expect(QuoteFixture.analyse("I et klageskrift, offentliggjort i Dagens Næringsliv, ber lederne om mer lønn.").quotes.isEmpty)
        let statement = QuoteFixture.analyse("I går ble to menn pågrepet, opplyser politiet.")
        #expect(statement.words(0) == "I går ble to menn pågrepet")
    }

    // MARK: "ifølge" as a second attribution

    @Test func verbOfSayingAfterIfolgeKeepsItsSubjectAsSpeaker() {
        let before = QuoteFixture.analyse("Ifølge NTB sier statsministeren at regjeringen vil gå av.")
        #expect(before.quotes.count == 1)
        #expect(before.words(0) == "regjeringen vil gå av")
        #expect(before.name(0) == "statsministeren")
        let inside = QuoteFixture.analyse("Statsministeren sier ifølge NRK at regjeringen vil gå av.")
        #expect(inside.quotes.count == 1)
        #expect(inside.name(0) == "statsministeren")
        // Without a speaker of its own the clause stays the source's.
        let source = QuoteFixture.analyse("Klokken 23.52 meldte Sykehuset Levanger at begge slapp fra ulykken med lettere skader, ifølge Trønder-Avisa.")
        #expect(source.quotes.count == 1)
    }

    @Test func twoSourcesAfterIfolge() {
        let article = QuoteFixture.analyse("Ifølge både politiet og brannvesenet var brannen påsatt.")
        #expect(article.words(0) == "var brannen påsatt")
        #expect(article.name(0) == "politiet og brannvesenet")
    }

    @Test func outletAfterAClauseWithItsOwnSpeakerIsNoSecondQuote() {
        let article = QuoteFixture.analyse("Advokatfirmaet mener rederiet tok for stor risiko, skriver TV 2.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "rederiet tok for stor risiko")
        #expect(article.name(0).lowercased() == "advokatfirmaet")
        let outlet = QuoteFixture.analyse("Politiet har pågrepet en mann i 30-årene, melder NRK.")
        #expect(outlet.name(0) == "NRK")
    }

    // MARK: Attributions after a dash quote

    @Test func answerOrMessageFromASenderAfterTheQuote() {
        let article = QuoteFixture.analyse("""
        Streik ved sykehuset

        Sykepleierne gikk ut i streik mandag.

        – Vi er utslitte, sier en av sykepleierne.

        – Nei, var det korte svaret fra sykehusdirektør Per Dahl.

        – Vi har god kontroll, lyder det fra sykehusledelsen.

        – Pasientene skal ikke merke noe, er meldingen fra Helse Bergen.
        """)
        #expect(article.quote(startingWith: "Nei").map { article.name($0) } == "Per Dahl")
        #expect(article.quote(startingWith: "Vi har god").map { article.name($0) } == "sykehusledelsen")
        #expect(article.quote(startingWith: "Pasientene").map { article.name($0) } == "Helse Bergen")
        #expect(article.quote(startingWith: "Pasientene").map { article.words($0) } == "Pasientene skal ikke merke noe")
    }

    @Test func formerTitleWithADeterminerBeforeAName() {
        let article = QuoteFixture.analyse("""
        Streik ved sykehuset

        – Vi gir oss ikke, sier forbundsleder Kari Holm.

        – Jeg forstår frustrasjonen, sier den tidligere helseministeren Bent Høie.
        """)
        #expect(article.names == ["Kari Holm", "Bent Høie"])
    }

    @Test func perfectWithAPhraseBetweenAuxiliaryAndParticiple() {
        let outlet = QuoteFixture.analyse("Kari Holm har til VG sagt at hun trekker seg som leder.")
        #expect(outlet.words(0) == "hun trekker seg som leder")
        #expect(outlet.name(0) == "Kari Holm")
        let interview = QuoteFixture.analyse("Kari Holm har i et intervju med VG sagt at hun trekker seg.")
        #expect(interview.words(0) == "hun trekker seg")
        let time = QuoteFixture.analyse("Ola Dal har i flere år hevdet at kommunen holder tilbake tall.")
        #expect(time.words(0) == "kommunen holder tilbake tall")
        #expect(QuoteFixture.analyse("Kari Holm har lest meldingen og er enig.").quotes.isEmpty)
    }

    @Test func documentFormulaSentenceAttributesTheSentenceBefore() {
        let release = QuoteFixture.analyse("To menn er pågrepet etter ranet i natt. Det går fram av en pressemelding fra politiet.")
        #expect(release.quotes.count == 1)
        #expect(release.words(0) == "To menn er pågrepet etter ranet i natt")
        #expect(release.name(0) == "politiet")
        let log = QuoteFixture.analyse("Politiet ønsker tips fra publikum. Dette framgår av politiets logg på X.")
        #expect(log.words(0) == "Politiet ønsker tips fra publikum")
        #expect(log.name(0) == "politiet")
    }

    @Test func deBeforeANounAfterAVerbIsNoPronounSubject() {
        #expect(QuoteFixture.analyse("Ranerne truet de ansatte med kniv.").quotes.isEmpty)
        #expect(QuoteFixture.analyse("Direktøren beklager de store forsinkelsene torsdag.").quotes.isEmpty)
        let pronoun = QuoteFixture.analyse("Politiet sier de tror bilen kom fra Sverige.")
        #expect(pronoun.words(0) == "de tror bilen kom fra Sverige")
    }

    /// ", og" and a lexical verb without a subject go on with the main clause; an auxiliary goes
    /// on with the report.
    @Test func commaOgAndAVerbEndsTheReportedClause() {
        let article = QuoteFixture.analyse("""
        Bystyret

        Høyre, Venstre og KrF sa at de ville stemme for budsjettet, og utgjør dermed et flertall.

        Klubben opplyser at spissen ble operert i går, og er nå på bedringens vei.

        Ifølge Røde Kors har hundrevis av hus blitt ødelagt, og tusener har flyktet fra byen.
        """)
        #expect(article.words(0) == "de ville stemme for budsjettet")
        #expect(article.words(1) == "spissen ble operert i går, og er nå på bedringens vei")
        // (A noun in -er followed by its verb is the subject of a clause that goes on with the report.)
        #expect(article.words(2) == "har hundrevis av hus blitt ødelagt, og tusener har flyktet fra byen")
    }

    /// A relative clause that names the subject ("som kaller seg", "som heter") holds a verb of
    /// naming, which is no cue of its own.
    @Test func aSubjectNamedInARelativeClauseKeepsTheCue() {
        let soldier = QuoteFixture.analyse("En soldat som kaller seg Bohdan, sier at enheten hans har vært ved fronten i åtte måneder.")
        #expect(soldier.quotes.count == 1)
        #expect(soldier.words(0) == "enheten hans har vært ved fronten i åtte måneder")
        #expect(soldier.type(0) == .soldier)
        let woman = QuoteFixture.analyse("En kvinne som heter Olga, forteller at mannen hennes er savnet.")
        #expect(woman.quotes.count == 1)
    }

    /// The name a relative clause gives the subject may stand in quote marks ("som kaller seg
    /// «Bohdan»"): the marks hold a name, not a quotation that ends the subject's region.
    @Test func aQuotedNameInTheSubjectsRelativeClauseKeepsTheCue() {
        let soldier = QuoteFixture.analyse("En soldat som kaller seg «Bohdan», sier at enheten hans mangler ammunisjon.")
        #expect(soldier.quotes.count == 1)
        #expect(soldier.words(0) == "enheten hans mangler ammunisjon")
        #expect(soldier.type(0) == .soldier)
        let nurse = QuoteFixture.analyse("En sykepleier som kaller seg «Olena» forteller at sykehuset har gått tom for insulin.")
        #expect(nurse.words(0) == "sykehuset har gått tom for insulin")
        let driver = QuoteFixture.analyse("Sjåføren, som heter «Sasja», sa at veien var stengt.")
        #expect(driver.words(0) == "veien var stengt")
    }

    /// "Der mener man at …" after a sentence that names a body after a preposition: the generic
    /// "man" speaks for that body; without one, no speaker and no quote.
    @Test func genericManAfterThereSpeaksForTheBodyJustNamed() {
        let article = QuoteFixture.analyse("""
        Støtte

        Skolen har fått brev fra Utdanningsforbundet. Der mener man at klassene er for store.

        Det har snødd hele natten. Her mener man at vinteren er kommet for å bli.
        """)
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "klassene er for store")
        #expect(article.name(0) == "Utdanningsforbundet")
    }

    /// War reporting cites foreign agencies and papers: "Det + adjective + noun" then the
    /// name is the subject, and the name makes the speaker an outlet.
    @Test func aForeignAgencyAfterItsDescriptionIsAnOutlet() {
        let agency = QuoteFixture.analyse("Det russiske nyhetsbyrået Tass melder at to droner ble skutt ned over Belgorod.")
        #expect(agency.quotes.count == 1)
        #expect(agency.name(0) == "Tass")
        #expect(agency.type(0) == .organisation)
        let paper = QuoteFixture.analyse("Ifølge Novaja Gazeta er over hundre soldater fra regionen savnet.")
        #expect(paper.type(0) == .organisation)
    }

    /// A fronted prepositional phrase with a relative clause inside ("I en video som ble lagt
    /// ut …,") is an adverbial of the sentence, not a statement the inverted subject reports.
    @Test func aFrontedPhraseWithARelativeClauseIsNoStatement() {
        let video = QuoteFixture.analyse("I en video som ble lagt ut på Telegram mandag, ber en gruppe mødre om et møte med ministeren.")
        #expect(video.quotes.isEmpty)
        let statement = QuoteFixture.analyse("I byen er det fortsatt mørkt etter angrepet, forteller en innbygger til NRK.")
        #expect(statement.quotes.count == 1)
    }

    /// A number inside a company's name ("Sparebank 1 Markets") does not end the name: the
    /// speaker's affiliation is read whole and the cue after it is found.
    @Test func aNumberInsideACompanysNameKeepsTheName() {
        let economist = QuoteFixture.analyse("Økonom Kari Holm i Sparebank 1 Markets tror renten vil stige i mars.")
        #expect(economist.quotes.count == 1)
        #expect(economist.name(0) == "Kari Holm")
        #expect(economist.type(0) == .expert)
    }

    /// "ifølge en rapport fra X", "ifølge tall fra X": the body the document or figures come
    /// from speaks, as with "ifølge rapporten til X" and "ifølge X-s rapport".
    @Test func theSenderOfAReportOrFiguresIsTheSource() {
        let report = QuoteFixture.analyse("Ifølge en rapport fra Sivilforsvaret er mange tilfluktsrom i dårlig stand.")
        #expect(report.name(0) == "Sivilforsvaret")
        let figures = QuoteFixture.analyse("Ifølge ferske tall fra Helsedirektoratet har ventetiden økt med tolv dager.")
        #expect(figures.name(0) == "Helsedirektoratet")
        #expect(figures.type(0) == .official)
        let person = QuoteFixture.analyse("Ifølge en kilde fra regjeringen er saken avgjort.")
        #expect(person.name(0) == "en kilde fra regjeringen")
    }

    /// A name's genitive with an apostrophe ("Røde Kors'", "Moses’") belongs to the subject or
    /// source it opens; it is no quotation mark.
    @Test func anApostropheGenitiveBelongsToTheSubjectAndTheSource() {
        let subject = QuoteFixture.analyse("""
        Flommen i Bosnia

        Hjelpen er på vei. Røde Kors' generalsekretær i Bosnia sier at organisasjonen har sendt 300 frivillige.
        """)
        #expect(subject.quotes.count == 1)
        #expect(subject.name(0) == "Røde Kors' generalsekretær i Bosnia")
        let source = QuoteFixture.analyse("""
        Flommen i Bosnia

        Ifølge Røde Kors’ beregninger er over 4000 mennesker uten hjem.
        """)
        #expect(source.quotes.count == 1)
        #expect(source.words(0) == "er over 4000 mennesker uten hjem")
        #expect(source.name(0) == "Røde Kors")
    }

    /// An opinion verb in a relative clause set off by a comma after a name or a definite body
    /// reports that speaker's view; a restrictive "som mener" names nobody in particular.
    @Test func anOpinionInANonRestrictiveRelativeClauseIsTheAntecedents() {
        let body = QuoteFixture.analyse("Planen har fått kritikk fra Elevrådet, som mener at skoledagen blir for lang.")
        #expect(body.quotes.count == 1)
        #expect(body.name(0) == "Elevrådet")
        #expect(body.words(0) == "skoledagen blir for lang")
        let person = QuoteFixture.analyse("NRK har snakket med rektor Siv Lund, som tror at elevene vil protestere.")
        #expect(person.name(0) == "Siv Lund")
        let anyone = QuoteFixture.analyse("Foreldre som mener at skoledagen blir for lang, kan klage til kommunen.")
        #expect(anyone.quotes.isEmpty)
    }

    /// "få X til å si at …": the object of the causative speaks, not the sentence's subject.
    @Test func theObjectOfACausativeSpeaks() {
        let article = QuoteFixture.analyse("""
        Kutt i barnehagene

        Kommunen kutter to millioner, sier rådmann Eva Lie. Kuttet fikk Foreldreforeningens leder Tor Ask til å svare: – Dette rammer de minste.

        Det fikk også opposisjonen til å si at budsjettet må endres.
        """)
        #expect(article.quotes.count == 3)
        #expect(article.name(1) == "Tor Ask")
        #expect(article.words(1).hasPrefix("Dette rammer de minste"))
        #expect(article.name(2) == "opposisjonen")
        #expect(article.words(2) == "budsjettet må endres")
    }

    /// "Dette får X til å reagere: – …": after a causative, a verb that is no verb of saying
    /// before a colon introduces X's words.
    @Test func aCausativeBeforeAColonIntroducesItsObjectsWords() {
        let article = QuoteFixture.analyse("""
        Nedleggelse av barnehager

        Kommunen vil legge ned tre barnehager på Vollen.

        Dette får kommunestyremedlem Ida Berg til å reagere: – Familiene blir ikke hørt.

        Forslaget fikk rådmannen til å reagere:

        – Vi har ikke noe valg.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Ida Berg")
        #expect(article.words(0).hasPrefix("Familiene blir ikke hørt"))
        #expect(article.name(1) == "rådmannen")
    }

    /// "Det fikk henne til å si at …": a pronoun in its object form after the causative points
    /// back to a person as "hun" would.
    @Test func anObjectPronounOfACausativeSpeaks() {
        let article = QuoteFixture.analyse("""
        Sykehuset får kritikk

        Helseminister Ada Moe besøkte sykehuset i Tromsø fredag. Det fikk henne til å si at ventetidene må ned.

        Legene har varslet om mangel på utstyr. Svaret fikk dem til å si at de er skuffet.
        """)
        #expect(article.quotes.count == 2)
        #expect(article.name(0) == "Ada Moe")
        #expect(article.words(0) == "ventetidene må ned")
        #expect(article.name(1) == "legene")
    }

    /// Bodies whose names open with a noun ("Kirkens Nødhjelp", "Leger Uten Grenser") keep their
    /// whole name, also in the genitive before a title; a first name after a title stays a name.
    @Test func aBodysNameThatOpensWithANounKeepsItsFirstWord() {
        let leader = QuoteFixture.analyse("Kirkens Nødhjelps leder Eva Dahl sier at hjelpen kommer for sent.")
        #expect(leader.name(0) == "Eva Dahl")
        let title = QuoteFixture.analyse("Kirkens Nødhjelps generalsekretær sier at hjelpen kommer for sent.")
        #expect(title.name(0) == "Kirkens Nødhjelps generalsekretær")
        let doctors = QuoteFixture.analyse("Leger Uten Grenser sier at sykehuset er tomt for medisiner.")
        #expect(doctors.name(0) == "Leger Uten Grenser")
        let coach = QuoteFixture.analyse("Landslagssjef Per Dal sier at laget er klart.")
        #expect(coach.name(0) == "Per Dal")
    }

    /// A clause before ", sier X" whose verb is in no list ("forsvinner", "vokser") is still a
    /// clause, not a subject of "sier" with a noun in -er; appositions and relative clauses keep
    /// their subject.
    @Test func aClauseWithAnUnlistedVerbBeforeAFinalCueIsReported() {
        let article = QuoteFixture.analyse("Hele isbreen smelter, sier forskeren Eva Lund.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "Hele isbreen smelter")
        #expect(article.name(0) == "Eva Lund")
        let relative = QuoteFixture.analyse("Eva Lund, som forsker på havis, sier at isen forsvinner.")
        #expect(relative.name(0) == "Eva Lund")
        #expect(relative.words(0) == "isen forsvinner")
    }

    /// "Skogen brenner, sier X.": two words, a subject and its verb, are a statement; two words
    /// of another shape ("Gode nyheter") are not.
    @Test func aTwoWordClauseBeforeAFinalCueIsReported() {
        let fire = QuoteFixture.analyse("Skogen brenner, sier brannsjef Ola Vik.")
        #expect(fire.quotes.count == 1)
        #expect(fire.words(0) == "Skogen brenner")
        #expect(fire.name(0) == "Ola Vik")
        let prices = QuoteFixture.analyse("Rentene stiger, sier økonomen Kari Lie.")
        #expect(prices.words(0) == "Rentene stiger")
        #expect(prices.name(0) == "Kari Lie")
        #expect(QuoteFixture.analyse("Gode nyheter, sier økonomen Kari Lie.").quotes.isEmpty)
    }

    /// "Vi vant, sier X.": after a personal pronoun the one word left is its verb, a strong past
    /// form without an ending ("vant", "kom") as well; "De unge" (an article) stays no clause.
    @Test func aPronounAndAPastVerbBeforeAFinalCueIsReported() {
        let won = QuoteFixture.analyse("Vi vant, sier treneren Ola Dal.")
        #expect(won.quotes.count == 1)
        #expect(won.words(0) == "Vi vant")
        #expect(won.name(0) == "Ola Dal")
        let came = QuoteFixture.analyse("Hun løy, sier advokat Kari Lie.")
        #expect(came.words(0) == "Hun løy")
        #expect(came.name(0) == "Kari Lie")
        #expect(QuoteFixture.analyse("Han også, sier advokat Kari Lie.").quotes.isEmpty)
    }

    /// "…, mener X, og legger til at …": both clauses are X's.
    @Test func aSecondCueJoinedAfterTheSpeakerKeepsBothQuotes() {
        let article = QuoteFixture.analyse("Skolen må stenges i ett år, mener rektor Siv Lund, og legger til at elevene får buss.")
        #expect(article.quotes.count == 2)
        #expect(article.words(0) == "Skolen må stenges i ett år")
        #expect(article.name(0) == "Siv Lund")
        #expect(article.words(1) == "elevene får buss")
        #expect(article.name(1) == "Siv Lund")
    }

    /// An opinion verb before an adjective and a plural noun in -er has an object, not a clause.
    @Test func anOpinionVerbBeforeAnAdjectiveAndAPluralNounHasNoClause() {
        let object = QuoteFixture.analyse("Rektor Siv Lund er bekymret. Hun frykter større klasser.")
        #expect(object.quotes.isEmpty)
        let clause = QuoteFixture.analyse("Rektor Siv Lund er bekymret. Hun mener kommunen svikter.")
        #expect(clause.words(0) == "kommunen svikter")
    }

    /// A name spelt with a lower-case first letter and a capital ("iTromsø", "eBay") is a name.
    @Test func aBrandNameWithALowerCaseFirstLetterIsAName() {
        let article = QuoteFixture.analyse("Veien over fjellet er stengt til fredag, skriver iHarstad.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "iHarstad")
        let abbreviation = QuoteFixture.analyse("Vaksinen bygger på mRNA-teknologi, sier forskeren Eva Lund.")
        #expect(abbreviation.name(0) == "Eva Lund")
    }
}
