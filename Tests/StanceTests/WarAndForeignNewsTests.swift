import Testing
@testable import Stance

/// Constructions of war and foreign coverage (wire copy from the fronts, ministries and their
/// spokespeople, anonymous sources in governments and armies) that any such article may use.
@Suite struct WarAndForeignNewsTests {
    // MARK: A source in a body written as a double-definite phrase

    /// "en kilde i den egyptiske regjeringen": the body after "i" with "den"/"det" and an
    /// adjective before its definite noun is the person's, as "en kilde i regjeringen" is.
    @Test func aSourceInADoubleDefiniteBodyIsTheSubject() {
        let source = QuoteFixture.analyse("En kilde i den jordanske regjeringen sier at grensen åpner igjen i morgen.")
        #expect(source.quotes.count == 1)
        #expect(source.name(0) == "en kilde i den jordanske regjeringen")
        #expect(source.words(0) == "grensen åpner igjen i morgen")
        let adviser = QuoteFixture.analyse("En rådgiver i det britiske forsvarsdepartementet sier at flyene er klare.")
        #expect(adviser.words(0) == "flyene er klare")
        let officer = QuoteFixture.analyse("En offiser i den libanesiske hæren sier at to soldater ble såret.")
        #expect(officer.words(0) == "to soldater ble såret")
        #expect(officer.type(0) == .soldier)
    }

    // MARK: An outlet whose name ends in "s"

    /// "Ifølge Reuters vurderer Danmark …": the "s" of "Reuters" is no genitive, so the word after
    /// it is the inverted clause's verb, not a noun Reuters owns (which made the name after it,
    /// "Danmark", the source).
    @Test func anOutletEndingInSBeforeAnInvertedClause() {
        let country = QuoteFixture.analyse("Ifølge Reuters vurderer Sverige å stenge grensen.")
        #expect(country.quotes.count == 1)
        #expect(country.words(0) == "vurderer Sverige å stenge grensen")
        #expect(country.type(0) == .organisation)
        // The speaker keeps the "s" of its name.
        #expect(country.name(0) == "Reuters")
        let paper = QuoteFixture.analyse("Ifølge Financial Times planlegger Sverige å stenge grensen.")
        #expect(paper.name(0) == "Financial Times")
        let army = QuoteFixture.analyse("Ifølge Reuters forbereder hæren en ny offensiv.")
        #expect(army.words(0) == "forbereder hæren en ny offensiv")
    }

    // MARK: Sources and outlets of wire copy

    /// Compound sources ("etterretningskilder", "sikkerhetskilder", "regjeringskilde") are
    /// officials, as "diplomater" are, so "ifølge" takes them as its source; Al Jazeera is an
    /// outlet, not a person's two names.
    @Test func compoundSourcesAndAnOutletOfTwoNames() {
        let intelligence = QuoteFixture.analyse("Ifølge etterretningskilder har Iran levert droner til Russland.")
        #expect(intelligence.quotes.count == 1)
        #expect(intelligence.name(0) == "etterretningskilder")
        #expect(intelligence.type(0) == .official)
        let security = QuoteFixture.analyse("Ifølge libanesiske sikkerhetskilder har tre personer omkommet.")
        #expect(security.type(0) == .official)
        let government = QuoteFixture.analyse("En regjeringskilde sier til AFP at møtet er utsatt.")
        #expect(government.type(0) == .official)
        let outlet = QuoteFixture.analyse("Al Jazeera melder at to journalister er skadd.")
        #expect(outlet.type(0) == .organisation)
    }

    // MARK: A body's proper name that opens a longer name

    /// "Amnesty International": the lexicon's proper-name body ("=Amnesty") before a capitalised
    /// word opens one longer name; it was read as a title, so the speaker was "International".
    @Test func aProperNameBodyOpensALongerName() {
        let before = QuoteFixture.analyse("Amnesty International sier at fangene i leiren blir mishandlet.")
        #expect(before.quotes.count == 1)
        #expect(before.name(0) == "Amnesty International")
        #expect(before.type(0) == .organisation)
        let report = QuoteFixture.analyse("Amnesty International skriver i en ny rapport at journalister blir fengslet.")
        #expect(report.name(0) == "Amnesty International")
        let short = QuoteFixture.analyse("Amnesty mener at rettssaken var urettferdig.")
        #expect(short.name(0) == "Amnesty")
    }

    /// The same name apposed to an organisation noun: "organisasjonen Amnesty International".
    @Test func aProperNameBodyApposedToAnOrganisationNoun() {
        let apposed = QuoteFixture.analyse("Organisasjonen Amnesty International skriver at demonstrantene ble slått.")
        #expect(apposed.quotes.count == 1)
        #expect(apposed.name(0) == "Amnesty International")
        let after = QuoteFixture.analyse("Demonstrantene ble slått, skriver menneskerettighetsorganisasjonen Amnesty International.")
        #expect(after.name(0) == "Amnesty International")
    }

    /// The UN's high commissioners are officials (roles.tsv "høykommissær", "kommissær").
    @Test func aHighCommissionerIsAnOfficial() {
        let named = QuoteFixture.analyse("FNs høykommissær for flyktninger, Filippo Grandi, sier at leirene er overfylte.")
        #expect(named.name(0) == "Filippo Grandi")
        #expect(named.type(0) == .official)
        let title = QuoteFixture.analyse("– Leirene er overfylte, sier høykommissæren.")
        #expect(title.type(0) == .official)
    }

    // MARK: Foreign names

    /// A surname with the Arabic article joined by a hyphen ("al-Sharaa", "el-Sisi") is part of
    /// the name, though it is written in lower case.
    @Test func aSurnameWithTheArabicArticleIsPartOfTheName() {
        let leader = QuoteFixture.analyse("Hizbollah-leder Naim al-Qassem sier at gruppen vil svare.")
        #expect(leader.quotes.count == 1)
        #expect(leader.name(0) == "Naim al-Qassem")
        let after = QuoteFixture.analyse("– Grensen holdes stengt, sier Abdel Fattah el-Sisi.")
        #expect(after.name(0) == "Abdel Fattah el-Sisi")
    }

    /// An air force or the armed forces named by a definite noun speak as officials
    /// (roles.tsv "=flyvåpenet", "=militæret").
    @Test func anAirForceAndTheArmedForcesSpeak() {
        let air = QuoteFixture.analyse("Det polske flyvåpenet skriver at to jagerfly ble sendt opp.")
        #expect(air.quotes.count == 1)
        #expect(air.type(0) == .official)
        let army = QuoteFixture.analyse("Det sudanske militæret opplyser at flyplassen er gjenerobret.")
        #expect(army.quotes.count == 1)
        #expect(army.words(0) == "flyplassen er gjenerobret")
    }
}
