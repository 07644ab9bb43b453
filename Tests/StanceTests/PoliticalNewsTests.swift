import Testing
@testable import Stance

/// Constructions of political and fact-check reporting (party debates, budget day, election
/// night, "Holder de ord"-style checks of a politician's claim) that any such article may use.
@Suite struct PoliticalNewsTests {
    // MARK: A fronted time phrase

    /// "Samme dag sa Støre at …", "Dagen etter skrev hun …": a phrase about time before the verb
    /// is an adverbial; the subject follows the verb.
    @Test func aFrontedTimePhraseIsNoSpeaker() {
        let sameDay = QuoteFixture.analyse("Samme dag sa finansminister Ola Berg at budsjettet er stramt.")
        #expect(sameDay.quotes.count == 1)
        #expect(sameDay.name(0) == "Ola Berg")
        #expect(sameDay.words(0) == "budsjettet er stramt")
        let after = QuoteFixture.analyse("Dagen etter skrev Kari Lunde at hun sto ved påstanden.")
        #expect(after.name(0) == "Kari Lunde")
        let weeks = QuoteFixture.analyse("To uker senere opplyste Helsedirektoratet at køene var kortere.")
        #expect(weeks.name(0) == "Helsedirektoratet")
        let lastWeek = QuoteFixture.analyse("Forrige uke hevdet Per Dahl at skattene har økt.")
        #expect(lastWeek.name(0) == "Per Dahl")
    }

    // MARK: A short clause without "at" after an opinion verb

    /// "X mener regjeringen svikter": a subject and its finite verb make a reported clause even
    /// when they are its only two words.
    @Test func aTwoWordClauseAfterAnOpinionVerbIsReported() {
        let claim = QuoteFixture.analyse("Stortingsrepresentant Mari Dahl (H) mener regjeringen svikter.")
        #expect(claim.quotes.count == 1)
        #expect(claim.name(0) == "Mari Dahl")
        #expect(claim.words(0) == "regjeringen svikter")
        let belief = QuoteFixture.analyse("Partilederen Geir Moe tror velgerne kommer tilbake.")
        #expect(belief.words(0) == "velgerne kommer tilbake")
    }

    /// "mente det motsatte", "sier det samme som Vedum": "det" with a word that compares is the
    /// object of the verb, not a clause — unless a verb follows ("mener det motsatte er tilfelle").
    @Test func theSameOrTheOppositeIsNoClause() {
        let opposite = QuoteFixture.analyse("KrF-leder Ola Vik mente det motsatte.")
        #expect(opposite.quotes.isEmpty)
        let same = QuoteFixture.analyse("Vik sier det samme som Kari Lunde.")
        #expect(same.quotes.isEmpty)
        let flat = QuoteFixture.analyse("Ola Vik hevder det stikk motsatte.")
        #expect(flat.quotes.isEmpty)
        let clause = QuoteFixture.analyse("Ola Vik mente at det motsatte var tilfelle.")
        #expect(clause.quotes.count == 1)
        #expect(clause.words(0) == "det motsatte var tilfelle")
    }

    // MARK: Names of parties and bodies

    /// "Miljøpartiet De Grønne krever at …": a capitalised article inside a sentence, before a
    /// capitalised word, is part of a name.
    @Test func aCapitalisedArticleInsideANameKeepsTheName() {
        let party = QuoteFixture.analyse("Miljøpartiet De Grønne krever at all oljeleting stanses.")
        #expect(party.quotes.count == 1)
        #expect(party.name(0).hasSuffix("De Grønne"))
        #expect(party.words(0) == "all oljeleting stanses")
        let source = QuoteFixture.analyse("Ifølge Stiftelsen Det Norske Veritas er skipet trygt.")
        #expect(source.quotes.count == 1)
        #expect(source.name(0).hasSuffix("Det Norske Veritas"))
        #expect(source.words(0) == "er skipet trygt")
    }

    /// "De Grønnes leder X sier at …": "De" opens the party's genitive before a title and a
    /// name; it is no pronoun.
    @Test func theGenitiveOfDeGronneBeforeATitleAndAName() {
        let leader = QuoteFixture.analyse("De Grønnes leder Ola Moen sier at bompengene må bli.")
        #expect(leader.quotes.count == 1)
        #expect(leader.name(0) == "Ola Moen")
        #expect(leader.type(0) == .official)
        #expect(leader.words(0) == "bompengene må bli")
        let named = QuoteFixture.analyse("De Grønnes Siri Vik mener at flyavgiften er for lav.")
        #expect(named.name(0) == "Siri Vik")
    }

    /// "Fremskrittspartiet mener …" after "Partiet lover …" of another party: a capitalised
    /// compound of "parti" names a party of its own, not the one "partiet" meant before.
    @Test func aCompoundPartyNameIsNoBackReference() {
        let article = QuoteFixture.analyse("""
            I programmet står det at partiet vil senke nettleien.

            Partiet lover å bygge mer vindkraft.

            Fremskrittspartiet mener regjeringen har sviktet på strøm.
            """)
        let index = article.quote(startingWith: "regjeringen har sviktet")
        #expect(index != nil)
        if let index { #expect(article.name(index) == "Fremskrittspartiet") }
    }

    /// A compound party name quoted first stays itself when "partiet" later refers to another
    /// party: it is no description waiting for a name ("Guvernøren …", later "guvernør X").
    @Test func aCompoundPartyNameIsNotMergedIntoALaterParty() {
        let article = QuoteFixture.analyse("""
            Arbeiderpartiet mener skolematen må bli gratis.

            Rødt sier at ordningen kommer for sent. Partiet skriver på sine nettsider at kommunene må få mer penger.
            """)
        let first = article.quote(startingWith: "skolematen")
        let last = article.quote(startingWith: "kommunene må få")
        #expect(first != nil && last != nil)
        if let first { #expect(article.name(first) == "Arbeiderpartiet") }
        if let last { #expect(article.name(last) == "Rødt") }
    }

    /// "Rødt reagerer kraftig. Partiet skriver …": "partiet" is the party that was the subject of
    /// the sentence before, not one quoted earlier.
    @Test func partietRefersToThePartyInFocus() {
        let article = QuoteFixture.analyse("""
            Arbeiderpartiet mener skolematen må bli gratis.

            Rødt reagerer kraftig på forslaget.

            Partiet skriver i en pressemelding at ordningen kommer for sent.
            """)
        let index = article.quote(startingWith: "ordningen kommer")
        #expect(index != nil)
        if let index { #expect(article.name(index) == "Rødt") }
    }

    // MARK: Figures owned by a body

    /// "Ifølge Finansdepartementets beregninger …", "ifølge SSBs tall": the body owning the
    /// figures speaks, so "departementet" later refers to it.
    @Test func theOwnerOfFiguresIsTheSource() {
        let figures = QuoteFixture.analyse("Ifølge Finansdepartementets beregninger vil kuttet spare staten for to milliarder kroner.")
        #expect(figures.quotes.count == 1)
        #expect(figures.name(0) == "Finansdepartementet")
        let statistics = QuoteFixture.analyse("Ifølge SSBs tall har ledigheten økt det siste året.")
        #expect(statistics.name(0) == "SSB")
    }

    // MARK: Bodies asked for comment

    /// "Direktoratet for samfunnssikkerhet og beredskap": a capitalised institution noun, "for"
    /// and the field (two fields joined by "og") make one name, after "ifølge" and before "som".
    @Test func aDirectorateForAFieldIsOneName() {
        let source = QuoteFixture.analyse("Ifølge Direktoratet for byggkvalitet og energibruk er reglene strenge nok.")
        #expect(source.quotes.count == 1)
        #expect(source.name(0) == "Direktoratet for byggkvalitet og energibruk")
        #expect(source.words(0) == "er reglene strenge nok")
        let asked = QuoteFixture.analyse("Holder de ord har vært i kontakt med Tilsynet for havbruk, som opplyser at saken er avsluttet.")
        #expect(asked.quotes.count == 1)
        #expect(asked.name(0) == "Tilsynet for havbruk")
    }

    /// "Vi har kontaktet Statens vegvesen, som svarer at …": the name after the verb is the
    /// antecedent of "som", not a phrase with the verb as its modifier.
    @Test func aNamedBodyContactedIsTheAntecedent() {
        let road = QuoteFixture.analyse("Vi har kontaktet Statens vegvesen, som svarer at veien åpner igjen i mai.")
        #expect(road.quotes.count == 1)
        #expect(road.name(0) == "Statens vegvesen")
        #expect(road.words(0) == "veien åpner igjen i mai")
    }

    // MARK: The spoken genitive

    /// "Listhaug sin pressetalsperson Kari Dahl skriver …", "Støre sin rådgiver opplyser …": a
    /// name the article knows, then "sin" before a noun, describes the noun as "Listhaugs" does.
    @Test func aNameWithSinBeforeANounIsAGenitive() {
        let article = QuoteFixture.analyse("""
            I debatten sa Vedum at matprisene er de høyeste i Europa. Dagen etter gjentok Solberg kritikken.

            Vedum sin pressesekretær Ola Lie skriver i en e-post at tallene er riktige.

            Solberg sin rådgiver opplyser at hun er på reise.
            """)
        let named = article.quote(startingWith: "tallene er riktige")
        let unnamed = article.quote(startingWith: "hun er på reise")
        #expect(named != nil && unnamed != nil)
        if let named { #expect(article.name(named) == "Ola Lie") }
        if let unnamed { #expect(article.name(unnamed).lowercased() == "solberg sin rådgiver") }
    }

    /// "Direktoratet for byggkvalitet opplyser at …": the name read from the start of a sentence
    /// too, where a capitalised body noun is otherwise a description.
    @Test func aDirectorateForAFieldOpensASentence() {
        let body = QuoteFixture.analyse("Direktoratet for byggkvalitet og energibruk opplyser at reglene blir strengere.")
        #expect(body.quotes.count == 1)
        #expect(body.name(0) == "Direktoratet for byggkvalitet og energibruk")
        #expect(body.words(0) == "reglene blir strengere")
    }

    // MARK: Politicians asked

    /// "Vi har også spurt Vedum om saken. – …, sier han.": the politician asked is who the next
    /// "sier han" and "Hun svarer slik:" mean, not the speaker quoted before.
    @Test func thePoliticianAskedAnswersNext() {
        let article = QuoteFixture.analyse("""
            – Budsjettet er stramt, sa statsråd Per Moe.

            Holder de ord har også spurt Odd Vik om saken.

            – Det får andre svare på, sier han.

            Vi har kontaktet stortingsrepresentant Eva Lund om påstanden.

            Hun svarer slik:

            – Jeg står ved hvert ord.
            """)
        let answer = article.quote(startingWith: "Det får andre")
        let stands = article.quote(startingWith: "Jeg står ved")
        #expect(answer != nil && stands != nil)
        if let answer { #expect(article.name(answer) == "Odd Vik") }
        if let stands { #expect(article.name(stands) == "Eva Lund") }
    }

    // MARK: Programmes and posts

    /// "«…», heter det i Senterpartiets program.": the party owning the programme speaks (an
    /// organisation), not the document quoted before.
    @Test func thePartyOwningAProgrammeSpeaks() {
        let article = QuoteFixture.analyse("""
            I Hurdalsplattformen står det at regjeringen skal «styrke kollektivtrafikken».

            «Vi vil halvere billettprisene på buss og tog», heter det i Venstres program.
            """)
        let index = article.quote(startingWith: "Vi vil halvere")
        #expect(index != nil)
        if let index {
            #expect(article.name(index) == "Venstre")
            #expect(article.type(index) == .organisation)
        }
    }

    // MARK: Channels, appositions and emphasis

    /// "skrev på X, tidligere Twitter, at …", "hevder Xs ambassadør til Norge, Ola Dal, at …": a
    /// short apposition between commas before "at" (a name in it names the subject).
    @Test func aShortAppositionBeforeAtKeepsTheClause() {
        let post = QuoteFixture.analyse("Kari Holm skrev på X, tidligere Twitter, at regjeringen har gitt opp.")
        #expect(post.quotes.count == 1)
        #expect(post.words(0) == "regjeringen har gitt opp")
        let envoy = QuoteFixture.analyse("I et innlegg i VG hevder Sveriges ambassadør til Norge, Eva Lind, at handelen har økt kraftig.")
        #expect(envoy.quotes.count == 1)
        #expect(envoy.name(0) == "Eva Lind")
        #expect(envoy.words(0) == "handelen har økt kraftig")
    }

    /// "Ifølge Støre selv har regjeringen …": "selv" belongs to the source, not to the clause.
    @Test func selfAfterTheSourceOfIfolgeIsNoPartOfTheClause() {
        let article = QuoteFixture.analyse("Ifølge statsministeren selv har regjeringen brukt 60 milliarder på strømstøtte.")
        #expect(article.quotes.count == 1)
        #expect(article.words(0) == "har regjeringen brukt 60 milliarder på strømstøtte")
    }

    /// "Hans Andreas Limi mener …": a capitalised "Hans" before a first name and a surname is a
    /// first name, not the possessive.
    @Test func hansOpeningAFullNameIsAFirstName() {
        let article = QuoteFixture.analyse("Hans Petter Dahl mener skattetrykket er rekordhøyt.")
        #expect(article.quotes.count == 1)
        #expect(article.name(0) == "Hans Petter Dahl")
    }

    /// "Høyre vil …", "Venstre mener …": a party's name opening a sentence before its verb is a
    /// name, so "Partiet skriver" after it refers to that party.
    @Test func aPartyNameOpeningASentenceIsAName() {
        let article = QuoteFixture.analyse("""
            Arbeiderpartiet mener eldreomsorgen må styrkes.

            Venstre vil gi eldre rett til å velge sykehjem. Partiet skriver at valgfrihet er viktig også for de eldste.
            """)
        let index = article.quote(startingWith: "valgfrihet")
        #expect(index != nil)
        if let index { #expect(article.name(index) == "Venstre") }
    }

    /// "Rødt lover … «…», heter det i programmet.": with no one quoted yet, a formula without a
    /// sender quotes the subject of the sentence just before.
    @Test func aFormulaBeforeAnyoneSpokeQuotesTheSubjectBefore() {
        let article = QuoteFixture.analyse("""
            Holder de ord har lest programmene.

            Rødt lover gratis tannhelse. «Tannhelse skal være en del av folketrygden», heter det i programmet.
            """)
        let index = article.quote(startingWith: "Tannhelse skal")
        #expect(index != nil)
        if let index { #expect(article.name(index) == "Rødt") }
    }

    /// "Ifølge NRKs valgdagsmåling …" then "– …, sier statsministeren i en pressemelding": an
    /// acronym in the genitive is a body, never the person a title after a quote refers to.
    @Test func anAcronymInTheGenitiveIsNoPerson() {
        let article = QuoteFixture.analyse("""
            Ifølge NRKs valgdagsmåling går Rødt fram med tre prosentpoeng.

            – Dette er et godt budsjett for vanlige folk, sier statsministeren i en pressemelding.

            Statsminister Kari Nordmann (Ap) varsler at en ny reform kommer i høst.
            """)
        let index = article.quote(startingWith: "Dette er et godt")
        #expect(index != nil)
        if let index { #expect(article.name(index) == "Kari Nordmann") }
    }

    /// "De Grønne" is a party's name, not the pronoun "de" before an adjective.
    @Test func deGrønneIsAPartysName() {
        let party = QuoteFixture.analyse("Regjeringen vil endre bilavgiften. De Grønne sier at den må økes.")
        #expect(party.quotes.count == 1)
        #expect(party.name(0) == "De Grønne")
        #expect(party.type(0) == .organisation)
        let adjective = QuoteFixture.analyse("De grønne byttene blir færre, sier forskeren Eva Lund.")
        #expect(adjective.name(0) == "Eva Lund")
    }
}
