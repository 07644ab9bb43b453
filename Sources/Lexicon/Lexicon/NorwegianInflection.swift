/// Bokmål inflection, generated from a lemma so that lexicon entries (the default ones and users'
/// own) match inflected forms without a morphology dictionary at run time.
///
/// The lemma's part of speech is unknown, so the forms of every paradigm that fits its shape are
/// generated (noun, verb, adjective), with the usual sound changes: syncope (mangel → mangler,
/// våpen → våpnene, gammel → gamle), double consonants before -t/-te (kjenne → kjente, kjent),
/// and a table of strong verbs and irregular nouns and adjectives. Over-generation is harmless
/// for matching (a non-word never occurs in text); lemmas of three letters or fewer get only
/// the table and minimal endings, so short words do not swallow unrelated forms.
///
/// Known limits: compounds inherit the irregular forms of their last part only when that part is
/// in the table ("mobiliseringsmann" does not become "-menn"); rare paradigms (-um, Latin plurals)
/// are not generated: list such forms with `=form`.
public enum NorwegianInflection {
    /// All forms of `lemma` (folded), including the lemma itself. With a part of speech only
    /// that paradigm is generated ("nytte" as a noun does not make the verb form "nytt").
    public static func forms(of lemma: String, as partOfSpeech: PartOfSpeech? = nil) -> Set<String> {
        let forms = paradigmForms(of: lemma, as: partOfSpeech)
        guard lemma.hasSuffix("é") else { return forms }
        // A final accented é is written plain in inflected forms and often in the lemma too:
        // "komité" → "komiteen", "komiteer"; "armé" → "armeen"; "idé" → "ideen", "ide".
        var plain = forms
        for form in forms { plain.insert(String(form.map { $0 == "é" ? "e" : $0 })) }
        return plain
    }

    private static func paradigmForms(of lemma: String, as partOfSpeech: PartOfSpeech?) -> Set<String> {
        var forms: Set<String> = [lemma]
        if let irregular = irregular[lemma] { forms.formUnion(irregular) }
        // Compounds ending in an irregular word: "frontsoldat" is regular, "småbarnsmor" → "-mødre".
        for (word, irregularForms) in irregularCompoundHeads where lemma.count > word.count + 2 && lemma.hasSuffix(word) {
            let head = String(lemma.dropLast(word.count))
            for form in irregularForms { forms.insert(head + form) }
        }
        // Prefixed strong verbs: "beskrive" → "beskrev", "kunngjøre" → "kunngjorde", "forstå" → "forstod".
        if partOfSpeech == nil || partOfSpeech == .verb, irregular[lemma] == nil {
            for prefix in verbPrefixes where lemma.hasPrefix(prefix) {
                let base = String(lemma.dropFirst(prefix.count))
                guard base.count >= 3, let baseForms = irregular[base] else { continue }
                for form in baseForms { forms.insert(prefix + form) }
            }
        }
        let letters = Array(lemma)
        guard letters.count > 3 else {
            // Short words get the table only, plus noun endings after a final consonant
            // ("tap" → "tapet", "tapene"): "le" → "les" or "sta" → "star" would swallow other words.
            if let last = letters.last, !vowels.contains(last), partOfSpeech == nil || partOfSpeech == .noun {
                for ending in ["en", "et", "a", "er", "ene"] { forms.insert(lemma + ending) }
                for form in Array(forms) where !form.hasSuffix("s") { forms.insert(form + "s") }
            }
            return forms
        }
        guard letters.allSatisfy({ $0.isLetter || $0 == "-" }) else { return forms }
        if partOfSpeech == nil || partOfSpeech == .noun { nounForms(lemma, into: &forms) }
        if partOfSpeech == nil || partOfSpeech == .verb { verbForms(lemma, into: &forms) }
        if partOfSpeech == nil || partOfSpeech == .adjective { adjectiveForms(lemma, into: &forms) }
        // Genitive -s on every form ("Putins", "regjeringens", "soldatenes").
        for form in Array(forms) where !form.hasSuffix("s") { forms.insert(form + "s") }
        return forms
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "æ", "ø", "å"]

    /// The stem with the unstressed e of a final -el/-en/-er dropped ("mangel" → "mangl",
    /// "sykkel" → "sykl", "vinter" → "vintr"), if the word has that shape.
    static func syncopated(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.count >= 5 else { return nil }
        let last = letters[letters.count - 1], middle = letters[letters.count - 2], before = letters[letters.count - 3]
        guard middle == "e", ["l", "n", "r"].contains(last), !vowels.contains(before) else { return nil }
        var stem = Array(letters[0..<(letters.count - 2)])
        // Double consonant before the syncope reduces: sykk-el → sykl.
        if stem.count >= 2, stem[stem.count - 1] == stem[stem.count - 2] { stem.removeLast() }
        return String(stem) + String(last)
    }

    /// Drops a doubled final consonant ("kjenn" → "kjen") for endings in -t/-te.
    static func singleConsonant(_ stem: String) -> String {
        let letters = Array(stem)
        guard letters.count >= 3, letters[letters.count - 1] == letters[letters.count - 2],
              !vowels.contains(letters[letters.count - 1]) else { return stem }
        return String(letters.dropLast())
    }

    static func nounForms(_ lemma: String, into forms: inout Set<String>) {
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            for ending in ["n", "r", "ne", "t", "a"] { forms.insert(lemma + ending) }
            forms.insert(stem + "a")
            forms.insert(stem + "ene")
            return
        }
        for ending in ["en", "et", "a", "er", "ene", "ar", "ane"] { forms.insert(lemma + ending) }
        if lemma.hasSuffix("er") {
            // Agent nouns: "forsker" → "forskere", "forskerne"; "lærer" → "lærere".
            forms.insert(lemma + "e")
            forms.insert(lemma + "ne")
        }
        if lemma.hasSuffix("um") {
            // museum → museet, museer
            let stem = String(lemma.dropLast(2))
            for ending in ["et", "er", "ene"] { forms.insert(stem + ending) }
        }
        if let syncope = syncopated(lemma) {
            for ending in ["er", "ene", "et", "a", "ar", "ane"] { forms.insert(syncope + ending) }
        }
        // Nouns ending in a single consonant after a short vowel double it: "venn" is
        // written already doubled, "bønn"…; "tap" → "tapet"; "hat" → "hatet" — handled above.
        if lemma.hasSuffix("m") && !lemma.hasSuffix("mm") {
            // "program" → "programmet", "rom" → "rommet"
            for ending in ["en", "et", "er", "ene", "a"] { forms.insert(lemma + "m" + ending) }
        }
    }

    static func verbForms(_ lemma: String, into forms: inout Set<String>) {
        let letters = Array(lemma)
        if lemma.hasSuffix("e") {
            let stem = String(letters.dropLast())
            let single = singleConsonant(stem)
            forms.insert(lemma + "r")          // sender
            forms.insert(lemma + "s")          // sendes
            forms.insert(stem + "es")          // sendes (written)
            forms.insert(single + "te")        // sendte, kjente
            forms.insert(single + "t")         // sendt, kjent
            forms.insert(single + "tes")       // sendtes
            forms.insert(stem + "et")          // kastet
            forms.insert(stem + "ete")         // kastete
            forms.insert(stem + "ede")         // bevæpnede
            forms.insert(stem + "a")           // kasta
            // -de/-d only after v, g or a diphthong (levde, levd; greide): "kvele" → "kveld"
            // or "nåde" → "nådd" would swallow common words.
            if stem.hasSuffix("v") || stem.hasSuffix("g") || stem.hasSuffix("ei") || stem.hasSuffix("øy") || stem.hasSuffix("au") {
                forms.insert(stem + "de")
                forms.insert(stem + "d")
                forms.insert(stem + "des")
            }
            forms.insert(stem + "ende")        // sendende (present participle)
            if let last = letters.dropLast().last, vowels.contains(last) {
                forms.insert(stem + "dde")     // (rare: verbs like "bebo")
                forms.insert(stem + "dd")
            }
        } else if let last = letters.last, vowels.contains(last) {
            // One-syllable verbs: bo, tro, nå, dø.
            forms.insert(lemma + "r")
            forms.insert(lemma + "s")
            forms.insert(lemma + "dde")
            forms.insert(lemma + "dd")
            forms.insert(lemma + "dde")
            forms.insert(lemma + "ende")
        }
    }

    static func adjectiveForms(_ lemma: String, into forms: inout Set<String>) {
        if lemma.hasSuffix("e") { return }
        let single = singleConsonant(lemma)
        let syncope = syncopated(lemma)
        if !lemma.hasSuffix("ig") && !lemma.hasSuffix("isk") && !lemma.hasSuffix("t") {
            forms.insert(single + "t")
        }
        if syncope == nil {
            // -el/-en/-er adjectives take the syncopated forms only: "leken" → "lekne", not "lekene".
            forms.insert(lemma + "e")
            forms.insert(lemma + "ere")
            forms.insert(lemma + "est")
            forms.insert(lemma + "este")
        }
        if lemma.hasSuffix("ig") {
            forms.insert(lemma + "ste")
            forms.insert(lemma + "st")
        }
        if let syncope {
            forms.insert(syncope + "e")
            forms.insert(syncope + "ere")
            forms.insert(syncope + "est")
            forms.insert(syncope + "este")
        }
        if lemma.hasSuffix("en") && lemma.count > 4 {
            // åpen → åpent, åpne; liten is in the table.
            forms.insert(String(lemma.dropLast()) + "t")
        }
    }

    /// Irregular forms, keyed by lemma.
    static let irregular: [String: [String]] = {
        var table: [String: [String]] = [:]
        let rows: [(String, String)] = [
            // Strong and irregular verbs.
            ("si", "sier sa sagt sies sagde"), ("be", "ber ba bad bedt bes bedes"),
            ("gå", "går gikk gått gås"), ("få", "får fikk fått fås"), ("se", "ser så sett ses sees"),
            ("ha", "har hadde hatt"), ("gjøre", "gjør gjorde gjort gjøres"), ("være", "er var vært"),
            ("bli", "blir ble blei blitt"), ("komme", "kommer kom kommet"), ("ta", "tar tok tatt tas"),
            ("gi", "gir ga gav gitt gis"), ("legge", "legger la lagt legges"), ("sette", "setter satte satt settes"),
            ("selge", "selger solgte solgt"), ("spørre", "spør spurte spurt spørres"),
            ("fortelle", "forteller fortalte fortalt fortelles"), ("velge", "velger valgte valgt velges"),
            ("vite", "vet visste visst"), ("skrive", "skriver skrev skrevet skrives"), ("synes", "syns syntes synest"),
            ("dø", "dør døde dødd"), ("vinne", "vinner vant vunnet"), ("finne", "finner fant funnet finnes fins"),
            ("ligge", "ligger lå ligget"), ("sitte", "sitter satt sittet"), ("stå", "står sto stod stått"),
            ("slå", "slår slo slått slås"), ("dra", "drar dro dratt"), ("bære", "bærer bar båret"),
            ("bryte", "bryter brøt brutt brytes"), ("bite", "biter bet bitt"), ("skyte", "skyter skjøt skutt skytes"),
            ("treffe", "treffer traff truffet"), ("svike", "sviker svek sveket"), ("fryse", "fryser frøs frosset"),
            ("lide", "lider led lidd"), ("trekke", "trekker trakk trukket trekkes"), ("hjelpe", "hjelper hjalp hjulpet hjelpes"),
            ("la", "lar lot latt"), ("sverge", "sverger sverget svor sverget"), ("sove", "sover sov sovet"),
            ("falle", "faller falt falne"), ("holde", "holder holdt holdes"), ("gripe", "griper grep grepet gripes"),
            ("drepe", "dreper drepte drept drepes"), ("flykte", "flykter flyktet"), ("fly", "flyr fløy fløyet"),
            ("ligne", "ligner lignet"), ("nekte", "nekter nektet"), ("kjempe", "kjemper kjempet"),
            ("slippe", "slipper slapp sluppet slippes"), ("stjele", "stjeler stjal stjålet"), ("tvinge", "tvinger tvang tvunget tvinges"),
            ("forsvinne", "forsvinner forsvant forsvunnet"), ("begynne", "begynner begynte begynt"),
            ("gråte", "gråter gråt grått"), ("le", "ler lo ledd"), ("rive", "river rev revet"),
            ("skjære", "skjærer skar skåret"), ("stige", "stiger steg steget"), ("synke", "synker sank sunket"),
            ("sende", "sender sendte sendt sendes"), ("kunne", "kan kunne kunnet"), ("ville", "vil ville villet"),
            ("skulle", "skal skulle skullet"), ("måtte", "må måtte måttet"), ("burde", "bør burde burdet"),
            ("tore", "tør torde turde"), ("dø", "dør døde dødd"), ("angripe", "angriper angrep angrepet angripes"),
            ("beskyte", "beskyter beskjøt beskutt beskytes"), ("forlate", "forlater forlot forlatt"),
            ("overgi", "overgir overga overgav overgitt"), ("innrømme", "innrømmer innrømte innrømmet"),
            ("påstå", "påstår påsto påstod påstått"), ("forstå", "forstår forsto forstod forstått"),
            ("foreslå", "foreslår foreslo foreslått"), ("tilstå", "tilstår tilsto tilstått"),
            ("fremstå", "fremstår fremsto fremstått"), ("oppstå", "oppstår oppsto oppstått"),
            ("understreke", "understreker understreket"), ("bekrefte", "bekrefter bekreftet"),
            ("advare", "advarer advarte advart"), ("svare", "svarer svarte svart"), ("klage", "klager klaget klagde"),
            ("kreve", "krever krevde krevd kreves"), ("mene", "mener mente ment menes"),
            ("hevde", "hevder hevdet"), ("fortsette", "fortsetter fortsatte fortsatt"),
            ("utsette", "utsetter utsatte utsatt utsettes"), ("ansette", "ansetter ansatte ansatt"),
            ("gjelde", "gjelder gjaldt"), ("vise", "viser viste vist vises"), ("tro", "tror trodde trodd"),
            ("bo", "bor bodde bodd"), ("nå", "når nådde nådd"), ("true", "truer truet truede"),
            ("mangle", "mangler manglet manglede manglende"),
            ("følge", "følger fulgte fulgt følges"), ("forfølge", "forfølger forfulgte forfulgt forfølges"),
            ("pågripe", "pågriper pågrep pågrepet pågripes pågrepne"), ("omkomme", "omkommer omkom omkommet omkomne"),
            ("stikke", "stikker stakk stukket"), ("overlate", "overlater overlot overlatt overlates"),
            ("frata", "fratar fratok fratatt fratas"), ("inndra", "inndrar inndro inndratt inndras"),
            ("gravlegge", "gravlegger gravla gravlagt gravlegges"), ("tilintetgjøre", "tilintetgjør tilintetgjorde tilintetgjort"),
            ("bøtelegge", "bøtelegger bøtela bøtelagt bøtelegges"), ("spre", "sprer spredte spredt spres"),
            ("kle", "kler kledde kledd kles"), ("bry", "bryr brydde brydd"), ("blø", "blør blødde blødd"),
            ("sy", "syr sydde sydd"), ("tre", "trer trådte trådt"), ("snu", "snur snudde snudd"), ("flå", "flår flådde flådd"), ("nyte", "nyter nøt nytt nytes"), ("tom", "tomt tomme"), ("ond", "ondt onde verre verst"),
            ("bot", "boten bøter bøtene"), ("rett", "retten retter rettene rett rette"), ("sterk", "sterkt sterke sterkere sterkest"),
            ("vond", "vondt vonde"), ("død", "dødt døde"), ("syk", "sykt syke sykere"), ("sen", "sent sene senere senest"),
            ("trekke", "trekker trakk trukket trekkes trekk"), ("gjennomføre", "gjennomfører gjennomførte gjennomført"),
            ("ofre", "ofrer ofret ofrede ofra"), ("true", "truer truet truede truende"),
            // Nouns with umlaut or irregular plurals.
            ("mann", "mannen menn mennene manns menns mennenes"), ("mor", "moren moren mora mødre mødrene mors mødres"),
            ("far", "faren fedre fedrene fars fedres"), ("bror", "broren brødre brødrene"),
            ("datter", "datteren dattera døtre døtrene"), ("søster", "søsteren søstera søstre søstrene"),
            ("bok", "boka boken bøker bøkene"), ("hånd", "hånden hånda hender hendene"),
            ("fot", "foten føtter føttene"), ("natt", "natten natta netter nettene"), ("tann", "tanna tanna tenner tennene"),
            ("bonde", "bonden bønder bøndene"), ("forelder", "forelderen foreldre foreldrene"),
            ("barn", "barnet barna barnas barnets"), ("øye", "øyet øyne øynene"), ("sko", "skoen sko skoene"),
            ("ting", "tingen tingene"), ("feil", "feilen feilene"), ("sted", "stedet steder stedene"),
            ("land", "landet landene land"), ("kne", "kneet knær knærne"), ("tre", "treet trær trærne"),
            // Adjectives.
            ("god", "godt gode bedre best beste"), ("dårlig", "dårlige verre verst verste"), ("ille", "verre verst verste"),
            ("stor", "stort store større størst største"), ("liten", "lita lite små lille mindre minst minste"),
            ("gammel", "gammelt gamle eldre eldst eldste"), ("mange", "flere flest"), ("lang", "langt lange lengre lengst lengste"),
            ("ung", "ungt unge yngre yngst yngste"), ("tung", "tungt tunge tyngre tyngst tyngste"),
            ("få", "færre færrest"), ("nær", "nært nære nærmere nærmest nærmeste"),
            ("blå", "blått blåe"), ("ny", "nytt nye nyere nyest nyeste"), ("fri", "fritt frie"),
            ("grå", "grått grå"), ("rå", "rått rå"), ("trygg", "trygt trygge tryggere tryggest"),
            ("fornøyd", "fornøyde"), ("redd", "redde reddere reddest"),
        ]
        for (lemma, forms) in rows {
            table[lemma, default: []].append(contentsOf: forms.split(separator: " ").map(String.init))
        }
        return table
    }()

    /// Verb prefixes whose compounds keep the strong forms of the verb ("beskrive", "kunngjøre").
    static let verbPrefixes = ["be", "for", "er", "inn", "kunn", "opp", "ut", "av", "unn", "til", "over", "under",
                               "gjen", "mis", "om", "sam", "fram", "frem", "an", "med"]

    /// Irregular heads that keep their forms inside compounds ("soldatmor" → "soldatmødre").
    static let irregularCompoundHeads: [(String, [String])] = [
        ("mann", ["mannen", "menn", "mennene", "manns"]), ("mor", ["moren", "mora", "mødre", "mødrene"]),
        ("far", ["faren", "fedre", "fedrene"]), ("bror", ["broren", "brødre", "brødrene"]),
        ("barn", ["barnet", "barna"]), ("bok", ["boka", "boken", "bøker", "bøkene"]),
    ]
}

/// The paradigm to generate for a lemma, when the lexicon says which it is (a `pos` column, or a
/// file named `…-nouns.tsv`, `…-verbs.tsv`, `…-adjectives.tsv`).
public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case noun, verb, adjective

    /// `noun`/`n`/`subst`, `verb`/`v`, `adjective`/`adj`/`a`; anything else is no part of speech.
    public init?(parsing value: String) {
        switch value.lowercased() {
        case "noun", "n", "subst", "substantiv": self = .noun
        case "verb", "v": self = .verb
        case "adjective", "adj", "a": self = .adjective
        default: return nil
        }
    }

    /// The part of speech a file's name declares, if any.
    public init?(fileName: String) {
        let name = fileName.lowercased()
        if name.contains("-nouns") || name.contains("_nouns") { self = .noun }
        else if name.contains("-verbs") || name.contains("_verbs") { self = .verb }
        else if name.contains("-adjectives") || name.contains("_adjectives") { self = .adjective }
        else { return nil }
    }
}

extension Set {
    fileprivate mutating func formUnion(_ other: [Element]) { for element in other { insert(element) } }
}
