import Testing
@testable import Stance

/// Whole articles through the entry point, and the output rows (QuoteAttribution.swift, QuoteRows.swift).
@Suite struct QuoteAttributionTests {
    /// An article with the structure of a typical appeal story: captions, a title quote, an
    /// expert interviewed with questions, two groups of relatives, soldiers in reported speech.
    static let appeal = QuoteFixture.analyse("""
    APPELL: Mødre og ektefeller til reservister fra Tula står foran en minnestein i en video som ble delt fredag. Kvinnene ber om at mennene sendes hjem.

    Soldatmødre til Kreml: − Sønnene våre brukes som skyteskiver

    Russiske soldatmødre og hustruer retter nå appeller direkte til forsvarsminister Andrej Belousov for å få mennene sine hjem fra Donbas.

    Den siste uken har kvinner fra både Tula og Orjol kommet med lignende opprop på sosiale medier.

    Oppropene kommer i tillegg til flere videoer der frontsoldater klager over mangel på mat og medisiner.

    – Vi ser en ny bølge av misnøye blant de pårørende. Kvinnene er modige. Og de er ikke lenger alene, sier Ingeborg Sletten Aas til Dagsavisen.

    Hun har skrevet to bøker om russisk sivilsamfunn og er nå seniorrådgiver ved Norsk Russlandsforum, som arbeider for kunnskap om russisk politikk.

    – Kommer Kreml til å lytte til dem?

    – Nei, jeg tror ikke ledelsen bryr seg. De har andre prioriteringer, svarer Sletten Aas

    Mødre og hustruer til reservister fra Tula-regionen henvender seg til forsvarsministeren i den nye videoen. De krever at mennene får dra hjem før vinteren.

    – Sønnene våre blir brukt som skyteskiver i skyttergravene. Tre av våre mot et helt kompani, sier de i videoen.

    De ber om at reservistene roteres ut og får ordentlig utstyr. Ifølge kvinnene ble mennene innkalt i oktober. Kvinnene sier ikke noe om selve krigen.

    MINNESTEIN: Disse kvinnene fra Orjol fylke står ved en minnestein og ber forsvarsministeren hente mennene hjem.

    – Vi ber deg om å høre på oss, sier også en gruppe kvinner fra Orjol fylke – som lørdag publiserte sin video, blant annet på VKontakte.

    Kvinnene fra Orjol hevder at mennene deres ble flyttet til fronten uten at noen papirer ble signert – og krever at de sendes tilbake.

    Etter opplæringen sto de vakt ved grensen mot Ukraina. I april ble de flyttet til Zaporizjzja.

    – Det fantes ingen skriftlig beslutning. Papirene deres ligger fortsatt i Orjol, klager kvinnene – og ber om at mennene straks hentes hjem.

    Appellene kommer mens det pågår harde kamper rundt Pokrovsk. Ifølge tenketanken Institute for the Study of War har de russiske styrkene hatt store tap.

    Begge sider har de siste ukene rapportert om tunge tap hos motparten.

    REDNING: Olena Hrytsenko (72) ble reddet ut av ruinene. Hun blir tatt hånd om av Mykola Bondar ved sykehuset i Zaporizjzja.

    Samtidig har en rekke grupper av russiske soldater de siste ukene kommet med krav til ledelsen om mer ammunisjon, eller klaget over at de er sendt til fronten uten opplæring.

    Det gjelder blant andre soldater fra Kaluga- og Brjansk-regionene, som i en video på VKontakte sier at de bare har håndvåpen mot droner og artilleri – og ingen forsterkninger.

    – Jeg har sett over tjue slike videoer. Det er voksne menn som sier at de vil forsvare landet, men som ikke vil ofres for ingenting, sier Ingeborg Sletten Aas, seniorrådgiver ved Norsk Russlandsforum.

    – Jeg har også lest om en kvinne som fikk mannen sin flyttet bort fra fronten etter at hun gikk til retten. Hun argumenterte med at han var for syk til å tjenestegjøre. Og hun fikk medhold.

    – Hva tenker du om alle videoene fra soldatene?

    – Russerne står fast ved Pokrovsk, og soldatene nekter å bli ofret. Både familiene og soldatene selv protesterer. Selv om de risikerer straff for å gjøre det.
    """)

    @Test func expertGetsAllHerParagraphsIncludingContinuationsAndAnswers() throws {
        let article = QuoteAttributionTests.appeal
        let starts = ["Vi ser en ny bølge", "Nei, jeg tror ikke", "Jeg har sett over tjue", "Jeg har også lest", "Russerne står fast"]
        for start in starts {
            let index = article.quote(startingWith: start)
            #expect(index != nil, "no quote starting with \(start)")
            if let index {
                #expect(article.name(index) == "Ingeborg Sletten Aas", "\(start)")
                #expect(article.type(index) == .expert)
            }
        }
        let expert = article.speaker(try #require(article.quote(startingWith: "Vi ser en ny bølge")))
        #expect(expert.role.contains("seniorrådgiver ved Norsk Russlandsforum"))
    }

    @Test func bothQuestionsAreTheInterviewers() throws {
        let article = QuoteAttributionTests.appeal
        for start in ["Kommer Kreml til å lytte", "Hva tenker du om alle videoene"] {
            let index = try #require(article.quote(startingWith: start))
            #expect(article.type(index) == .journalist)
            #expect(article.quotes[index].rule == .interviewerQuestion)
        }
    }

    @Test func eachGroupOfRelativesKeepsItsOwnQuotes() throws {
        let article = QuoteAttributionTests.appeal
        let tula = try #require(article.quote(startingWith: "Sønnene våre blir brukt"))
        #expect(article.name(tula) == "mødre og hustruer til reservister fra Tula-regionen")
        #expect(article.speaker(tula).isGroup)
        #expect(article.type(tula) == .relative)
        let orjol = try #require(article.quote(startingWith: "Det fantes ingen skriftlig"))
        #expect(article.name(orjol) == "kvinner fra Orjol fylke")
        #expect(article.speaker(orjol).isGroup)
        #expect(article.name(try #require(article.quote(startingWith: "Vi ber deg om"))) == "kvinner fra Orjol fylke")
    }

    @Test func soldiersAppearInReportedSpeech() throws {
        let article = QuoteAttributionTests.appeal
        let index = try #require(article.quote(startingWith: "de bare har håndvåpen"))
        #expect(article.quotes[index].mode == .indirect)
        #expect(article.name(index) == "soldater fra Kaluga- og Brjansk-regionene")
        #expect(article.type(index) == .soldier)
    }

    @Test func captionsHoldNoQuotes() {
        let article = QuoteAttributionTests.appeal
        for caption in article.analysis.captions {
            #expect(article.quotes.allSatisfy { !caption.overlaps($0.range) })
        }
        #expect(!article.names.contains("Olena Hrytsenko"))
    }

    @Test func rowsCarryTheContractFieldsInScalarOffsets() {
        let string = "🙂 Innledning om cafe\u{301}en.\n\n– Det gikk bra 😀 til slutt, sier Åse Lie, – og vi er glade."
        let article = QuoteFixture.analyse(string)
        let rows = article.analysis.rows(document: "d1", text: article.text)
        #expect(rows.count == 1)
        let row = rows[0]
        for field in ["doc", "paragraph", "start", "end", "text", "speaker", "speaker_type", "role", "mode", "cue", "cue_start",
                      "cue_end", "confidence"] {
            #expect(row[field] != nil, "missing \(field)")
        }
        let scalars = Array(string.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        guard case .array(let parts)? = row["parts"] else { Issue.record("no parts"); return }
        var pieces: [String] = []
        for part in parts {
            guard case .array(let bounds) = part, case .int(let start) = bounds[0], case .int(let end) = bounds[1] else { continue }
            pieces.append(slice(start, end))
        }
        #expect(pieces == ["Det gikk bra 😀 til slutt", "og vi er glade."])
        #expect(row["text"] == .string("Det gikk bra 😀 til slutt … og vi er glade."))
        guard case .int(let cueStart)? = row["cue_start"], case .int(let cueEnd)? = row["cue_end"] else { return }
        #expect(slice(cueStart, cueEnd) == "sier")
        #expect(row["speaker"] == .string("Åse Lie"))
        #expect(row["mode"] == .string("direct"))
    }

    @Test func singlePartRowTextIsTheSliceBetweenStartAndEnd() {
        let string = "Ærlig talt 🙂\n\n«Vi vant, og det føles godt», sier Kåre Øye."
        let article = QuoteFixture.analyse(string)
        let row = article.analysis.rows(document: "d2", text: article.text)[0]
        guard case .int(let start)? = row["start"], case .int(let end)? = row["end"], case .string(let text)? = row["text"] else {
            Issue.record("bad row"); return
        }
        #expect(String(String.UnicodeScalarView(Array(string.unicodeScalars)[start..<end])) == text)
        #expect(text == "Vi vant, og det føles godt")
    }

    @Test func csvRowsHaveAHeader() {
        let article = QuoteFixture.analyse("– Det er kaldt, sier Per Dal.")
        var lines: [String] = []
        var writer = RowWriter(format: .csv) { lines.append($0) }
        for row in article.analysis.rows(document: "a", text: article.text) { writer.add(row) }
        writer.finish()
        #expect(lines.first == "doc,paragraph,start,end,text,speaker,speaker_type,role,mode,cue,cue_start,cue_end,confidence,rule,parts")
        #expect(lines.count == 2)
    }

    @Test func emptyTextHasNoQuotes() {
        let article = QuoteFixture.analyse("")
        #expect(article.quotes.isEmpty)
        #expect(article.analysis.speakerOf(0) == .narrator)
    }
}
