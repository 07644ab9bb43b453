import Lexicon

/// Closed classes of Bokmål words that quote attribution needs (pronouns, prepositions,
/// determiners, gendered person nouns …), looked up once per document by folded-form id so the
/// token loops compare integers, never strings.
///
/// Room for ``capacity`` (128) classes, one bit each in two 64-bit words; a token's test against a
/// set of classes is two ANDs. To add a class, give it the next unused bit:
/// `static let newClass = WordClass(bit: 63)`. `WordClassTests` fails if a bit is used twice or is
/// out of range.
struct WordClass: OptionSet, Sendable, Hashable {
    /// Classes 0–63 in `low`, 64–127 in `high`.
    struct Bits: Sendable, Hashable {
        var low: UInt64
        var high: UInt64
    }

    var rawValue: Bits

    /// How many classes fit.
    static let capacity = 128

    @inline(__always) init(rawValue: Bits) { self.rawValue = rawValue }

    @inline(__always) init() { rawValue = Bits(low: 0, high: 0) }

    /// The class with bit `bit` (0 ..< ``capacity``) set.
    @inline(__always) init(bit: Int) {
        precondition(bit >= 0 && bit < Self.capacity, "WordClass bit \(bit) is outside 0..<\(Self.capacity)")
        rawValue = bit < 64 ? Bits(low: 1 &<< UInt64(bit), high: 0) : Bits(low: 0, high: 1 &<< UInt64(bit - 64))
    }

    static let han = WordClass(bit: 0)
    static let hun = WordClass(bit: 1)
    /// "de": a plural pronoun, or a determiner before an adjective or noun.
    static let de = WordClass(bit: 2)
    static let vi = WordClass(bit: 3)
    static let jeg = WordClass(bit: 4)
    static let determiner = WordClass(bit: 5)
    static let quantifier = WordClass(bit: 6)
    static let preposition = WordClass(bit: 7)
    static let conjunction = WordClass(bit: 8)
    static let subordinator = WordClass(bit: 9)
    static let adverb = WordClass(bit: 10)
    /// Finite auxiliaries and common verbs that end a noun phrase ("er", "har", "vil" …).
    static let verb = WordClass(bit: 11)
    /// Weekdays and other time words that can open a sentence ("Torsdag sa hun at …").
    static let time = WordClass(bit: 12)
    /// Lower-case parts of personal names: von, van, de, der, bin …
    static let nameParticle = WordClass(bit: 13)
    /// Lower-case words inside organisation names: for, of, the, and.
    static let nameConnector = WordClass(bit: 14)
    static let female = WordClass(bit: 15)
    static let male = WordClass(bit: 16)
    /// Nouns for people that are not roles: kvinne, mann, folk, kilde …
    static let personNoun = WordClass(bit: 17)
    /// gruppe, gruppen …: "en gruppe kvinner".
    static let groupNoun = WordClass(bit: 18)
    static let at = WordClass(bit: 19)
    static let som = WordClass(bit: 20)
    /// "heter det i uttalelsen".
    static let heter = WordClass(bit: 21)
    /// ifølge, iflg, følge ("i følge").
    static let accordingTo = WordClass(bit: 22)
    static let til = WordClass(bit: 23)
    static let fra = WordClass(bit: 24)
    static let ved = WordClass(bit: 25)
    static let i = WordClass(bit: 26)
    static let av = WordClass(bit: 27)
    static let om = WordClass(bit: 28)
    static let paa = WordClass(bit: 29)
    static let med = WordClass(bit: 30)
    static let forWord = WordClass(bit: 31)
    /// det, dette, slik: "Det sa Nordmann til NTB."
    static let expletive = WordClass(bit: 32)
    /// Words that end a noun phrase read backwards ("blant andre soldater").
    static let npStop = WordClass(bit: 33)
    static let og = WordClass(bit: 34)
    static let men = WordClass(bit: 35)
    /// en, ei, et: indefinite article ("en av soldatene").
    static let article = WordClass(bit: 36)
    /// Verbs of opinion that take a bare clause: "Hun mener regjeringen tar feil."
    static let opinion = WordClass(bit: 37)
    static let seg = WordClass(bit: 38)
    /// Second person: du, dere, deg … (interviewer questions).
    static let secondPerson = WordClass(bit: 39)
    /// A plural noun form in the person-noun lists (kvinner, menn, mødre …).
    static let pluralNoun = WordClass(bit: 40)
    /// A definite noun form in the person-noun lists (kvinnene, mannen …).
    static let definiteNoun = WordClass(bit: 41)
    /// Heads of organisation names before "for": Institutt for …, Institute for …
    static let orgWord = WordClass(bit: 42)
    /// "ikke": allowed between a verb and "at", never skipped as a subject adverb.
    static let ikke = WordClass(bit: 43)
    /// uten, etter, så, for: "uten at", "etter at" are no reporting at-clauses.
    static let notReportingAt = WordClass(bit: 44)
    /// seg som / heter / kaller: a relative clause that gives a name ("som presenterer seg som Sergej").
    static let naming = WordClass(bit: 45)
    static let er = WordClass(bit: 46)
    /// hennes, hans, deres, sin …: "naboen hennes" (after a noun).
    static let possessive = WordClass(bit: 47)
    /// Adjectives of opinion that take an at-clause: "er enig i at", "er overbevist om at".
    static let opinionAdjective = WordClass(bit: 48)
    /// Prepositions that may stand before a reporting "at": "ber om at", "peker på at", "enig i at".
    static let atPreposition = WordClass(bit: 49)
    /// "hvis": ", hvis ektemann ble mobilisert" (whose).
    static let hvis = WordClass(bit: 50)
    /// Administrative nouns after a place name: "Kursk fylke", "Oslo kommune".
    static let placeNoun = WordClass(bit: 51)
    /// "nordmannen", "svensken", "amerikaneren": a person by nationality.
    static let demonym = WordClass(bit: 52)
    /// jeg, vi, meg, oss, min, vår …
    static let firstPerson = WordClass(bit: 53)
    /// Nouns for what someone concluded, claimed or advised: "konklusjon", "påstand", "utsagn"
    /// ("Geologenes konklusjon er at …").
    static let reportingNoun = WordClass(bit: 54)
    /// Verbs of saying and believing that often leave out "at" before their clause: "Hun sier
    /// planen vil koste mer", "Han hevder selskapet visste om feilen".
    static let bareClauseCue = WordClass(bit: 55)
    /// "har", "hadde", "ha": the auxiliary before a participle cue ("har sagt at").
    static let perfectAux = WordClass(bit: 56)
    /// "står", "sto": with "det" a formula for what a document says ("I brevet står det at …",
    /// "Det står i dommen at …"), like "heter det".
    static let documentFormula = WordClass(bit: 57)
    /// "les", "lest", "se", "sjekk", "fått": the first word of a link to another article in
    /// capitals ("LES OGSÅ:", "LEST DENNE?", "FÅTT MED DEG DENNE?").
    static let linkTeaser = WordClass(bit: 58)
    /// sitat, uttalelse, utsagn (all forms): "dette sitatet fra Kari Holm:" introduces the next
    /// paragraph's quotation.
    static let quotationNoun = WordClass(bit: 59)
    /// en, et, ei, det, navnet, begrepet, uttrykket …: what follows "«X» er" when a term is being
    /// explained ("«Det gylne krysset» er navnet på …"), not quoted.
    static let termPredicate = WordClass(bit: 60)
    /// snakket, intervjuet, kontakt, møtte, spurt, kontaktet …: "Avisa har snakket med en soldat",
    /// "Vi har spurt Vedum om saken" (the person is an interviewee whom a later "sier soldaten",
    /// "sier han" refers to).
    static let interviewVerb = WordClass(bit: 61)
    /// kunne, kan: a modal before an infinitive cue, which stands where a perfect auxiliary
    /// would ("Tidligere i år kunne DN melde at …", "Politiet kan bekrefte at …"). Not vil/skal:
    /// "Det vil si at …" explains a word.
    static let reportModal = WordClass(bit: 62)
    /// Where a speaker publishes ("skriver politiet på Twitter", "opplyser kommunen på
    /// nettsidene"): after "på" a channel, not a place or part of the speaker's name.
    static let channel = WordClass(bit: 63)
    /// Lower-case nouns of bodies that a place name makes a proper name ("Ås skole", "Sandvika
    /// bibliotek") without being role nouns themselves (people "ved skolen" are pupils, not the school).
    static let institutionName = WordClass(bit: 64)
    /// A national or state word that opens a body's name, never a person's: "Norsk Hydro",
    /// "Norges Bank", "Statens kartverk", "Danske Bank".
    static let nationalPrefix = WordClass(bit: 65)
    /// What an outlet or body has rather than says: "ifølge VGs opplysninger", "NRKs kilder".
    static let informationNoun = WordClass(bit: 66)
    /// dag, dagen, kvelden, uka, året …: the head of a fronted time phrase ("Samme dag sa hun …",
    /// "Dagen etter skrev han …"), after which the subject follows the verb; never a speaker.
    static let timeNoun = WordClass(bit: 67)
    /// samme, forrige, neste, kommende …: words before a time noun in such a phrase ("Forrige uke
    /// uttalte …"), which the other classes do not cover.
    static let timeModifier = WordClass(bit: 68)
    /// samme, motsatte, stikk …: after "det" the object of a verb of saying that compares
    /// ("mente det motsatte", "sier det samme som Vedum"), not the subject of a reported clause.
    static let sameOrOpposite = WordClass(bit: 69)
    /// partiet, partiene: refer back to a party named before ("SV er uenig. Partiet skriver …"),
    /// which its name alone gives no role noun to match.
    static let partyNoun = WordClass(bit: 70)
    /// sin, sitt, sine: after a name, the spoken genitive ("Listhaug sin rådgiver", "Støre sitt
    /// kontor"), which describes the noun after it as "Listhaugs" does.
    static let reflexivePossessive = WordClass(bit: 71)
    /// framgår, fremgår, framkommer …: with "det" a formula for what a document shows ("Det
    /// framgår av rapporten at …"), like "heter det".
    static let emerges = WordClass(bit: 80)
    /// går, gikk, kommer, kom: "Det går fram av …", "I brevet kommer det fram at …" (with ``forth``).
    static let goesComes = WordClass(bit: 81)
    /// fram, frem: the particle of "gå fram", "komme fram".
    static let forth = WordClass(bit: 82)
    /// ikke, aldri: a negation that, on a verb of telling, says the words were not said ("Hun sa
    /// ikke at …", "har aldri sagt at …").
    static let negation = WordClass(bit: 83)
    /// Cues that still report when negated: opinions, wishes and denials ("mener ikke at",
    /// "mistenker ikke at", "avviser ikke at", "utelukker ikke at"), and "har" opening "har ikke
    /// tro på at".
    static let negatedReport = WordClass(bit: 84)
    /// opp, grunn, rette: inside or right after "legge … til" they make a plan or an assumption,
    /// not an addition to what was said ("legger opp til at", "legger til grunn at", "legger til
    /// rette for at").
    static let planParticle = WordClass(bit: 85)
    /// siteres, sitert, gjengis, gjengitt: "Putin siteres av Tass på at …", "Peskov er sitert på
    /// at …": the subject is the one quoted.
    static let quotedPassive = WordClass(bit: 86)
    /// signert, undertegnet, underskrevet: "et brev signert seks KrF-medlemmer" names the senders.
    static let signedBy = WordClass(bit: 87)
    /// lyder, lød: "– Nei, lyder det fra ledelsen." (with "det", a formula naming the sender after "fra").
    static let sounds = WordClass(bit: 88)
    /// hele: "har hele tiden hevdet at", "har hele veien ment at": opens a time phrase between an
    /// auxiliary and its participle, as a quantifier does ("har flere ganger sagt").
    static let whole = WordClass(bit: 90)
    /// kjennskap, innsikt, kunnskap …: "en kilde med kjennskap til saken", "personer med innsikt i
    /// forhandlingene": what makes a source a source, read as part of its description.
    static let insightNoun = WordClass(bit: 91)
    /// offentlig, tidligere, direkte …: adverbs that are also adjectives; before a noun and its
    /// verb they describe the noun ("mener offentlig sektor må få …"), not the verb of saying.
    static let adjectivalAdverb = WordClass(bit: 92)
    /// Definite written pieces where someone's words stand ("skriver forskerne i artikkelen",
    /// "skriver hun i kronikken", "forskerne i studien"): after "i" where the words were
    /// published, not the body the speaker belongs to ("lederen i foreningen").
    static let writtenPiece = WordClass(bit: 100)
    /// Definite occasions where words are spoken ("forklarte tiltalte i retten", "sa hun i
    /// debatten", "mannen i avhøret"): after "i" where the speaker spoke, like a written piece,
    /// not the body the speaker belongs to ("lederen i foreningen").
    static let spokenOccasion = WordClass(bit: 74)
    /// dommen, kjennelsen, tiltalen …: a court's ruling or a prosecutor's charge, written by the
    /// court or the prosecution: "…, heter det i dommen" is the ruling's words, never those of
    /// the defendant the article is about.
    static let ruling = WordClass(bit: 75)
    /// spør, spurte: a person asking in the narration ("I spørretimen spurte Kari Holm
    /// statsministeren om skolematen.") asks the dash question that follows, not the journalist.
    static let asks = WordClass(bit: 101)
    /// journalisten, reporteren: "– Var det straffe? spør reporteren." — a question the article's
    /// own interviewer asked (speaker type journalist).
    static let interviewer = WordClass(bit: 102)
    /// ham, henne, dem: personal pronouns as objects ("Det fikk henne til å si at …"), which
    /// point back to a person as "han", "hun", "de" do.
    static let objectPronoun = WordClass(bit: 103)
    /// emeritus, emerita: a word that follows a title before the name ("professor emeritus
    /// Kari Holm"): part of the title.
    static let postTitle = WordClass(bit: 104)
    /// man: the generic pronoun ("Der mener man at …"), which names no one.
    static let genericMan = WordClass(bit: 93)
    /// der, her: a place adverb that points back to a body just named ("Hun får støtte fra
    /// Legeforeningen. Der mener man at …").
    static let thereHere = WordClass(bit: 94)
    /// Norge, Norway: the last word of a body's national branch ("Greenpeace Norge", "Amnesty
    /// Norge", "WWF Norge"); no person's name ends in it.
    static let nationalBranch = WordClass(bit: 110)
    /// spørsmål, svar: the labels of an interview printed as questions and answers
    /// ("Spørsmål: Forstår du kritikken?¶Svar: Ja, …"), which open a paragraph as a dash would.
    static let questionLabel = WordClass(bit: 116)
    static let answerLabel = WordClass(bit: 117)
    /// minnes, mintes, undres …: verbs of saying or remembering whose active forms end in -s like
    /// a passive ("– Det var en tøff tid, minnes hun."): a cue after a quote, not a passive.
    static let deponent = WordClass(bit: 73)

    /// Words that never start a personal name, even capitalised.
    static let function: WordClass = [.han, .hun, .de, .vi, .jeg, .determiner, .quantifier, .preposition, .conjunction,
                                      .subordinator, .adverb, .verb, .time, .at, .som, .heter, .accordingTo, .expletive,
                                      .og, .men, .article, .seg, .secondPerson, .ikke, .npStop]
    static let pronoun: WordClass = [.han, .hun, .de, .vi, .jeg]

    /// All listed words interned once, with their classes (looked up by each document's forms).
    static let table: (forms: FormTable, classes: [WordClass]) = {
        var forms = FormTable()
        var classes: [WordClass] = []
        for (wordClass, words) in lists {
            for word in words {
                let id = Int(forms.intern(word))
                if id == classes.count { classes.append(wordClass) } else { classes[id].insert(wordClass) }
            }
        }
        return (forms, classes)
    }()

    /// The lists, folded. A word may be in several.
    static let lists: [(WordClass, [String])] = [
        (.han, ["han"]), (.hun, ["hun"]), (.de, ["de"]), (.vi, ["vi"]), (.jeg, ["jeg"]),
        (.objectPronoun, ["ham", "henne", "dem"]),
        (.postTitle, ["emeritus", "emerita", "emeriti"]),
        (.secondPerson, ["du", "dere", "deg", "din", "ditt", "dine", "deres"]),
        (.firstPerson, ["jeg", "vi", "meg", "oss", "min", "mitt", "mine", "vår", "vårt", "våre"]),
        (.article, ["en", "ei", "et"]),
        (.determiner, ["en", "ei", "et", "den", "det", "de", "denne", "dette", "disse", "hans", "hennes", "deres", "sin", "sitt",
                       "sine", "min", "mitt", "mine", "vår", "vårt", "våre", "dens", "dets", "hver", "hvert", "enhver", "samme"]),
        (.quantifier, ["flere", "mange", "noen", "alle", "begge", "enkelte", "to", "tre", "fire", "fem", "seks", "sju", "syv",
                       "åtte", "ni", "ti", "elleve", "tolv", "tjue", "hundre", "tusen", "ulike", "diverse", "hundrevis",
                       "tusenvis", "dusinvis", "titalls", "hundretalls", "rekke", "mengde", "par", "noe", "ingen", "prosent",
                       "ingenting", "alt", "mye", "lite", "få", "hver", "samtlige", "de fleste", "fleste", "halvparten"]),
        (.preposition, ["i", "på", "fra", "til", "ved", "for", "med", "om", "av", "hos", "under", "etter", "mot", "blant",
                        "uten", "over", "gjennom", "innen", "langs", "rundt", "bak", "foran", "mellom", "overfor",
                        "utenfor", "innenfor", "via", "per", "ifølge", "iflg", "før", "fram", "frem", "inn", "ut", "opp", "ned"]),
        (.til, ["til", "overfor"]), (.fra, ["fra"]), (.ved, ["ved", "hos"]), (.i, ["i"]), (.av, ["av"]), (.om, ["om"]), (.paa, ["på"]),
        (.med, ["med"]), (.forWord, ["for"]),
        (.conjunction, ["og", "men", "eller", "samt", "både", "enten"]),
        (.og, ["og", "samt"]), (.men, ["men"]),
        (.subordinator, ["at", "som", "om", "fordi", "da", "når", "hvis", "dersom", "mens", "før", "selv", "siden", "der",
                         "hvor", "hvordan", "hvorfor", "hva", "hvem", "hvilke", "hvilken", "hvilket", "slik", "ettersom"]),
        (.at, ["at"]), (.som, ["som"]), (.heter, ["heter", "het"]), (.accordingTo, ["ifølge", "iflg", "følge"]),
        (.notReportingAt, ["uten", "etter", "så", "for", "til", "fordi", "slik"]),
        (.ikke, ["ikke"]),
        (.whole, ["hele"]),
        (.adjectivalAdverb, ["offentlig", "tidligere", "direkte", "faktisk", "tydelig", "sterkt", "kraftig", "senere"]),
        (.insightNoun, ["kjennskap", "innsikt", "kunnskap", "innblikk", "tilknytning", "befatning"]),
        (.hvis, ["hvis"]),
        (.timeNoun, ["dag", "dagen", "dager", "dagene", "kveld", "kvelden", "morgen", "morgenen", "formiddag", "formiddagen",
                     "ettermiddag", "ettermiddagen", "natt", "natten", "natta", "uke", "uken", "uka", "uker", "ukene", "helg",
                     "helgen", "måned", "måneden", "måneder", "månedene", "år", "året", "årene", "døgn", "døgnet", "time",
                     "timen", "timer", "timene", "minutter", "sommer", "sommeren", "høst", "høsten", "vinter", "vinteren",
                     "våren", "tid", "tiden"]),
        (.timeModifier, ["samme", "forrige", "neste", "kommende", "siste", "første", "påfølgende", "foregående", "hele"]),
        (.sameOrOpposite, ["samme", "motsatte", "motsatt", "omvendte", "stikk"]),
        (.partyNoun, ["partiet", "partiene"]),
        (.reflexivePossessive, ["sin", "sitt", "sine"]),
        (.demonym, ["nordmannen", "nordkvinnen", "svensken", "dansken", "finnen", "islendingen", "russeren", "ukraineren",
                    "amerikaneren", "britten", "engelskmannen", "skotten", "ireren", "tyskeren", "franskmannen", "franskkvinnen",
                    "italieneren", "spanjolen", "portugiseren", "nederlenderen", "belgieren", "sveitseren", "østerrikeren",
                    "polakken", "tsjekkeren", "ungareren", "kineseren", "japaneren", "koreaneren", "inderen", "australieren",
                    "kanadieren", "brasilianeren", "argentineren", "kameruneren", "nigerianeren", "kenyaneren", "etiopieren",
                    "marokkaneren", "egypteren", "tyrkeren", "iraneren", "iraken", "syreren", "afghaneren", "pakistaneren",
                    "israeleren", "palestineren", "serberen", "kroaten", "greken", "estleren", "latvieren", "litaueren",
                    "hviterusseren", "georgieren", "belgieren", "mexicaneren", "colombianeren", "chileneren"]),
        (.placeNoun, ["fylke", "fylker", "fylket", "kommune", "kommuner", "kommunen", "region", "regionen", "oblast", "provins",
                      "provinsen", "distrikt", "distriktet", "politidistrikt", "by", "bydel", "sentrum", "len", "delstat"]),
        (.atPreposition, ["om", "på", "for", "med", "i", "over", "til", "mot"]),
        (.possessive, ["hennes", "hans", "deres", "dens", "dets", "sin", "sitt", "sine"]),
        (.opinionAdjective, ["enig", "enige", "uenig", "uenige", "overbevist", "overbeviste", "sikker", "sikre", "bekymret",
                             "redd", "redde", "glad", "glade", "skeptisk", "skeptiske", "optimistisk", "optimistiske",
                             "pessimistisk", "pessimistiske", "klar", "klare", "opptatt", "overrasket", "fornøyd",
                             "misfornøyd", "kritisk", "kritiske", "tydelig", "tydelige", "sikker", "trygg", "trygge",
                             "fornøyde", "misfornøyde", "overraskede"]),
        (.adverb, ["også", "bare", "nå", "da", "likevel", "ikke", "videre", "derfor", "igjen", "fortsatt", "fremdeles",
                   "allerede", "så", "heller", "aldri", "alltid", "trolig", "kanskje", "nok", "dessuten", "blant", "annet",
                   "særlig", "spesielt", "stadig", "faktisk", "tydelig", "klart", "senere", "tidligere", "samtidig",
                   "imidlertid", "altså", "nemlig", "jo", "vel", "riktignok", "her", "dermed", "deretter", "lenge",
                   "ofte", "gjerne", "ennå", "enda", "sist", "først", "egentlig", "direkte", "åpent", "offentlig",
                   "lenger", "sannsynligvis", "muligens", "selv", "bestemt", "kraftig", "sterkt", "klar", "ellers",
                   "uansett", "ganske", "helt", "svært", "veldig", "mer", "mest", "også", "rett", "straks", "innledningsvis",
                   "avslutningsvis", "overfor", "ytterligere", "både", "eksplisitt", "uttrykkelig", "kun"]),
        (.verb, ["er", "var", "har", "hadde", "vil", "ville", "skal", "skulle", "kan", "kunne", "må", "måtte", "bør",
                 "burde", "ble", "blir", "bli", "blitt", "får", "fikk", "kommer", "kom", "gjør", "gjorde", "går", "gikk",
                 "står", "sto", "stod", "ligger", "lå", "sitter", "satt", "ser", "vet", "visste", "sliter", "lever",
                 "jobber", "jobbet", "trenger", "mangler", "mistet", "fant", "finner", "tar", "tok", "gir", "ga", "holder",
                 "holdt", "kaller", "kalte", "viser", "vises", "mottok", "fortsatte", "begynte", "begynner", "prøver",
                 "forsøker", "ønsket", "slapp", "drar", "dro", "reiste", "reiser", "bor", "bodde", "døde", "dør"]),
        (.er, ["er", "var", "ble", "blir"]),
        (.time, ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "i", "dag", "går", "morgen",
                 "kveld", "natt", "helgen", "fjor", "januar", "februar", "mars", "april", "mai", "juni", "juli",
                 "august", "september", "oktober", "november", "desember", "tidligere", "senere", "nylig"]),
        (.nameParticle, ["von", "van", "de", "der", "den", "af", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn",
                         "ter", "ten", "zu", "dos", "das", "del", "della", "ben", "abu"]),
        (.nameConnector, ["for", "of", "the", "and", "&"]),
        (.orgWord, ["institutt", "instituttet", "institut", "institute", "senter", "senteret", "center", "centre", "forum",
                    "council", "foundation", "fund", "committee", "komité", "komite", "forbund", "forbundet", "forening",
                    "foreningen", "stiftelse", "stiftelsen", "stiftelsen", "råd", "rådet", "union", "league", "society",
                    "selskap", "selskapet", "selskab", "organisation", "organization", "organisasjon", "association",
                    "agency", "office", "ministry", "department", "bureau", "school", "university", "universitet",
                    "universitetet", "høgskole", "høgskolen", "høyskole", "akademi", "academy", "kontor", "kontoret",
                    "nettverk", "nettverket", "kommisjon", "kommisjonen", "study", "studies", "research"]),
        (.female, ["kvinne", "kvinnen", "kvinna", "kvinner", "kvinnene", "dame", "damen", "damer", "damene", "jente",
                   "jenta", "jenten", "jenter", "jentene", "mor", "moren", "mora", "mødre", "mødrene", "kone", "konen",
                   "kona", "koner", "konene", "datter", "datteren", "døtre", "døtrene", "søster", "søsteren", "søstre",
                   "søstrene", "enke", "enken", "enka", "enker", "enkene", "bestemor", "bestemoren", "hustru", "hustruen",
                   "talskvinne", "talskvinnen", "mamma", "mammaen", "tante", "tanten", "kusine", "niese", "svigermor",
                   "stemor", "soldatmor", "soldatmoren", "soldatmødre", "soldatmødrene", "soldatkone", "soldatkoner",
                   "soldatkonene", "soldatenke", "soldatenker", "ektefelle", "ektefeller", "ektefellene", "pressetalskvinne"]),
        (.male, ["mann", "mannen", "menn", "mennene", "gutt", "gutten", "gutter", "guttene", "far", "faren", "fedre",
                 "fedrene", "sønn", "sønnen", "sønner", "sønnene", "bror", "broren", "brødre", "brødrene", "ektemann",
                 "ektemannen", "ektemenn", "ektemennene", "talsmann", "talsmannen", "pressetalsmann", "pappa",
                 "pappaen", "onkel", "onkelen", "fetter", "nevø", "svigerfar", "stefar", "bestefar", "enkemann",
                 "soldat", "soldaten", "soldater", "soldatene", "mobiliserte", "rekrutter", "rekruttene"]),
        (.personNoun, ["kvinne", "kvinnen", "kvinna", "kvinner", "kvinnene", "dame", "damen", "damer", "damene", "jente",
                       "jenta", "jenten", "jenter", "jentene", "mann", "mannen", "menn", "mennene", "gutt", "gutten",
                       "gutter", "guttene", "folk", "folket", "person", "personen", "personer", "personene", "menneske",
                       "mennesket", "mennesker", "menneskene", "ungdom", "ungdommen", "ungdommer", "ungdommene",
                       "kilde", "kilden", "kilder", "kildene", "ansatt", "ansatte", "tjenestemenn", "russere",
                       "russerne", "ukrainere", "ukrainerne", "deltaker", "deltakere", "deltakerne", "klient",
                       "klienten", "klienter", "klientene", "pasient", "pasienten", "pasienter", "pasientene",
                       "mødre", "mødrene", "koner", "konene", "familier", "familiene", "pårørende", "kollega",
                       "kollegaen", "kolleger", "kollegaer", "kollegene", "venn", "vennen", "venner", "vennene",
                       "venninne", "venninnen", "partner", "partneren", "eier", "eieren", "eierne", "tilhenger",
                       "tilhengere", "tilhengerne", "fan", "fans", "supporter", "supportere", "velger", "velgere"]),
        (.pluralNoun, ["kvinner", "kvinnene", "damer", "damene", "jenter", "jentene", "menn", "mennene", "gutter",
                       "guttene", "folk", "folket", "personer", "personene", "mennesker", "menneskene", "ungdommer",
                       "ungdommene", "kilder", "kildene", "ansatte", "mødre", "mødrene", "koner", "konene", "fedre",
                       "fedrene", "sønner", "sønnene", "brødre", "brødrene", "døtre", "døtrene", "søstre", "søstrene",
                       "ektemenn", "ektemennene", "enker", "enkene", "soldater", "soldatene", "mobiliserte", "russere",
                       "russerne", "ukrainere", "ukrainerne", "deltakere", "deltakerne", "klienter", "klientene",
                       "pasienter", "pasientene", "familier", "familiene", "grupper", "gruppene", "foreldre",
                       "foreldrene", "pårørende", "soldatmødre", "soldatmødrene", "soldatkoner", "soldatkonene",
                       "tjenestemenn", "rekrutter", "rekruttene", "de", "myndighetene", "myndigheter", "beboerne",
                       "innbyggerne", "sivile", "forskerne", "forskere", "ekspertene", "eksperter", "talspersoner"]),
        (.definiteNoun, ["kvinnen", "kvinna", "kvinnene", "damen", "damene", "jenta", "jenten", "jentene", "mannen",
                         "mennene", "gutten", "guttene", "folket", "personen", "personene", "mennesket", "menneskene",
                         "ungdommen", "ungdommene", "kilden", "kildene", "mødrene", "konene", "moren", "mora", "konen",
                         "kona", "faren", "fedrene", "sønnen", "sønnene", "broren", "brødrene", "datteren", "døtrene",
                         "søsteren", "søstrene", "gruppen", "gruppa", "gruppene", "familien", "familiene", "russerne",
                         "ukrainerne", "klienten", "klientene", "foreldrene"]),
        (.groupNoun, ["gruppe", "gruppen", "gruppa", "grupper", "gruppene", "flokk", "rekke"]),
        (.expletive, ["det", "dette", "slik", "så"]),
        (.npStop, ["andre", "blant", "annen", "annet", "hverandre", "seg", "selv"]),
        (.opinion, ["mener", "mente", "tror", "trodde", "synes", "syntes", "frykter", "fryktet", "håper", "håpet",
                    "regner", "anslår", "anslo", "antar", "antok", "tviler", "tvilte"]),
        (.seg, ["seg"]),
        (.reportingNoun, ["konklusjon", "konklusjonen", "konklusjoner", "konklusjonene", "vurdering", "vurderingen",
                          "vurderinger", "vurderingene", "budskap", "budskapet", "påstand", "påstanden", "påstander",
                          "påstandene", "anbefaling", "anbefalingen", "anbefalinger", "anbefalingene", "oppfatning",
                          "oppfatningen", "syn", "synet", "beskjed", "beskjeden", "svar", "svaret", "argument",
                          "argumentet", "argumenter", "argumentene", "utsagn", "utsagnet", "utsagnene", "standpunkt",
                          "standpunktet", "poeng", "poenget", "holdning", "holdningen", "advarsel", "advarselen",
                          "anklage", "anklagen", "anklager", "anklagene", "forklaring", "forklaringen",
                          "begrunnelse", "begrunnelsen", "teori", "teorien", "antakelse", "antakelsen", "mening", "meningen",
                          "melding", "meldingen", "oppfordring", "oppfordringen"]),
        (.bareClauseCue, ["sier", "sa", "hevder", "hevdet", "påstår", "påsto", "mener", "mente", "tror", "trodde", "synes",
                           "syntes", "frykter", "fryktet", "håper", "håpet", "antar", "antok"]),
        (.perfectAux, ["har", "hadde", "ha"]),
        (.reportModal, ["kunne", "kan"]),
        (.emerges, ["framgår", "fremgår", "framgikk", "fremgikk", "framkommer", "fremkommer", "framkom", "fremkom"]),
        (.goesComes, ["går", "gikk", "kommer", "kom"]),
        (.forth, ["fram", "frem"]),
        (.negation, ["ikke", "aldri"]),
        (.planParticle, ["opp", "grunn", "rette"]),
        (.quotedPassive, ["siteres", "sitert", "gjengis", "gjengitt"]),
        (.signedBy, ["signert", "undertegnet", "underskrevet"]),
        (.sounds, ["lyder", "lød"]),
        (.negatedReport, ["mener", "mente", "tror", "trodde", "synes", "syntes", "føler", "følte", "frykter", "fryktet",
                          "regner", "forventer", "forventet", "tviler", "tvilte", "avviser", "avviste", "avvist", "benekter",
                          "benektet", "nekter", "nektet", "avkrefter", "avkreftet", "utelukker", "utelukket", "bestrider",
                          "bestred", "bestridt", "dementerer", "dementerte", "tilbakeviser", "tilbakeviste", "har", "hadde",
                          "mene", "tro", "føle", "frykte", "forvente", "tvile", "regne", "avvise", "benekte", "nekte",
                          "avkrefte", "utelukke", "bestride", "dementere", "tilbakevise", "mistenker", "mistenkte",
                          "mistenke", "ønsker", "ønsket", "ønske", "anbefaler", "anbefalte", "anbefale", "håper", "håpe"]),
        (.documentFormula, ["står", "sto", "stod"]),
        (.linkTeaser, ["les", "lest", "se", "sett", "sjekk", "fått"]),
        (.quotationNoun, ["sitat", "sitatet", "sitater", "sitatene", "uttalelse", "uttalelsen", "utsagn", "utsagnet"]),
        (.interviewVerb, ["snakket", "snakke", "snakker", "pratet", "intervjuet", "intervjue", "kontakt", "samtale", "møtt", "møtte",
                                "spurt", "kontaktet"]),
        (.termPredicate, ["en", "et", "ei", "det", "navnet", "betegnelsen", "begrepet", "uttrykket", "kallenavnet", "ordet"]),
        (.naming, ["heter", "het", "kaller", "kalte", "presenterer", "presenterte", "identifiserer", "identifiserte"]),
        (.channel, ["twitter", "x", "facebook", "instagram", "tiktok", "snapchat", "linkedin", "youtube", "telegram", "bluesky",
                    "threads", "nettsiden", "nettsidene", "nettsider", "nettstedet", "hjemmeside", "hjemmesiden", "hjemmesidene",
                    "sosiale", "medier", "mediene"]),
        (.nationalBranch, ["norge", "norway"]),
        (.questionLabel, ["spørsmål"]),
        (.answerLabel, ["svar"]),
        (.deponent, ["minnes", "mintes", "undres", "undredes"]),
        (.genericMan, ["man"]),
        (.thereHere, ["der", "her"]),
        (.nationalPrefix, ["norsk", "norske", "norges", "statens", "dansk", "danske", "danmarks", "svensk", "svenske", "sveriges",
                           "finsk", "finske", "finlands", "nasjonal", "nasjonale", "internasjonal", "internasjonale", "europeisk",
                           "europeiske", "forente"]),
        (.informationNoun, ["beregninger", "beregningene", "beregning", "beregningen", "anslag", "anslaget", "anslagene",
                            "tall", "tallene", "prognose", "prognosen", "prognoser", "prognosene", "estimat", "estimatet",
                            "estimater", "estimatene",
                            "opplysninger", "opplysningene", "opplysning", "informasjon", "informasjonen", "kilder", "kildene",
                            "kilde", "rapport", "rapporten", "rapporter", "rapportene"]),
        (.asks, ["spør", "spurte", "spurt"]),
        (.interviewer, ["journalisten", "reporteren", "intervjueren"]),
        (.writtenPiece, ["artikkelen", "artiklene", "studien", "studiene", "kronikken", "innlegget", "leserinnlegget",
                         "debattinnlegget", "boken", "boka", "intervjuet", "notatet", "rapporten", "brevet", "svaret",
                         "høringssvaret", "tidsskriftet", "spalten", "kommentaren", "meldingen", "e-posten"]),
        (.spokenOccasion, ["retten", "rettssaken", "rettssalen", "avhøret", "avhørene", "debatten", "sendingen",
                           "podkasten"]),
        (.ruling, ["dommen", "dommene", "kjennelsen", "tiltalen", "tiltalebeslutningen", "siktelsen", "domsslutningen",
                   "domspremissene", "lagmannsrettsdommen", "høyesterettsdommen", "tingrettsdommen"]),
        (.institutionName, ["skole", "barneskole", "ungdomsskole", "grunnskole", "bibliotek", "museum", "sykehjem", "barnehage",
                            "fengsel", "lufthavn", "havn", "brannstasjon", "legevakt", "helsestasjon", "menighet"]),
    ]
}

// The set operations on both words. `OptionSet` supplies these only for a `FixedWidthInteger` raw
// value; they are written out here, inlined, so that `has(token, class)` stays a few instructions.
extension WordClass {
    @inline(__always) init(arrayLiteral members: WordClass...) {
        self.init()
        for member in members { formUnion(member) }
    }

    @inline(__always) var isEmpty: Bool { rawValue.low | rawValue.high == 0 }

    @inline(__always) func contains(_ member: WordClass) -> Bool {
        rawValue.low & member.rawValue.low == member.rawValue.low && rawValue.high & member.rawValue.high == member.rawValue.high
    }

    @inline(__always) func isDisjoint(with other: WordClass) -> Bool {
        rawValue.low & other.rawValue.low | rawValue.high & other.rawValue.high == 0
    }

    @inline(__always) func isSubset(of other: WordClass) -> Bool { other.contains(self) }

    @inline(__always) func isSuperset(of other: WordClass) -> Bool { contains(other) }

    @inline(__always) mutating func formUnion(_ other: WordClass) {
        rawValue.low |= other.rawValue.low
        rawValue.high |= other.rawValue.high
    }

    @inline(__always) mutating func formIntersection(_ other: WordClass) {
        rawValue.low &= other.rawValue.low
        rawValue.high &= other.rawValue.high
    }

    @inline(__always) mutating func formSymmetricDifference(_ other: WordClass) {
        rawValue.low ^= other.rawValue.low
        rawValue.high ^= other.rawValue.high
    }

    @inline(__always) mutating func subtract(_ other: WordClass) {
        rawValue.low &= ~other.rawValue.low
        rawValue.high &= ~other.rawValue.high
    }

    @inline(__always) func union(_ other: WordClass) -> WordClass {
        var result = self
        result.formUnion(other)
        return result
    }

    @inline(__always) func intersection(_ other: WordClass) -> WordClass {
        var result = self
        result.formIntersection(other)
        return result
    }

    @inline(__always) func symmetricDifference(_ other: WordClass) -> WordClass {
        var result = self
        result.formSymmetricDifference(other)
        return result
    }

    @inline(__always) func subtracting(_ other: WordClass) -> WordClass {
        var result = self
        result.subtract(other)
        return result
    }
}
