import Lexicon
import Foundation

/// The tokens of one article, seen by quote attribution: closed classes by form id, which tokens
/// are capitalised and may start names, where speech cues and role nouns are.
///
/// Built once per document in O(tokens + closed-list size); every predicate is O(1).
final class ArticleWords {
    let segmentation: Segmentation
    let lexicon: LexiconSet
    let tokenCount: Int
    /// Word classes by document form id.
    private(set) var classes: ContiguousArray<WordClass>
    /// Per form: seen capitalised somewhere other than the start of a sentence.
    private(set) var capitalisedInside: ContiguousArray<Bool>
    /// Per form: seen in lower case.
    private(set) var seenLower: ContiguousArray<Bool>
    /// Per form: seen capitalised anywhere.
    private(set) var seenCapitalised: ContiguousArray<Bool>
    /// Per form: a capitalised word seen right after "i" ("i Italia", "i Kyiv"): a place.
    private(set) var placeName: ContiguousArray<Bool>
    /// Per token: sentence index.
    private(set) var sentenceOf: ContiguousArray<Int32>
    /// Per token: capitalised word.
    private(set) var capitalised: ContiguousArray<Bool>
    /// Per token: a word, or a capitalised letter-and-digit name the tokenizer calls a number
    /// ("E24", "P4", "Medier24": outlets and channels that speak and are cited like names).
    private(set) var wordLike: ContiguousArray<Bool>
    /// Per token: the first word of its sentence (after dashes and quotation marks).
    private(set) var sentenceInitial: ContiguousArray<Bool>
    /// Per token: index of the cue match starting here, or -1; `cueEnd` its end token.
    private(set) var cueAt: ContiguousArray<Int32>
    private(set) var cueEnd: ContiguousArray<Int32>
    /// Per token: role item covering the token, or -1.
    private(set) var roleAt: ContiguousArray<Int32>
    /// Every role item's folded lemma bytes, suffix wildcard or not, type: built once per
    /// lexicon version and shared by all documents and workers (it was rebuilt per document).
    private let roleTable: [RoleTable.Entry]
    /// The byte forms of the lexicon's source nouns (see ``SourceNounTable``), shared like `roleTable`.
    let sourceNounForms: [[UInt8]]
    /// The lexicon's outlet and party words (see ``OrganisationTable``), shared like `roleTable`.
    let organisations: OrganisationTable

    init(segmentation: Segmentation, atoms: DocumentAtoms, matcher: Matcher) {
        self.segmentation = segmentation
        self.lexicon = matcher.lexicon
        self.roleTable = RoleTable.entries(for: matcher)
        self.sourceNounForms = SourceNounTable.forms(for: matcher)
        self.organisations = OrganisationTable.table(for: matcher)
        let tokens = segmentation.tokens
        let count = tokens.count
        tokenCount = count
        let formCount = segmentation.forms.count
        var classes = ContiguousArray<WordClass>(repeating: [], count: formCount)
        let closed = WordClass.table
        for form in 0..<formCount {
            if let id = segmentation.forms.withBytes(form, { closed.forms.lookup($0) }) { classes[form] = closed.classes[Int(id)] }
        }
        self.classes = classes

        var sentenceOf = ContiguousArray<Int32>(repeating: 0, count: count)
        var initial = ContiguousArray<Bool>(repeating: false, count: count)
        var capitalised = ContiguousArray<Bool>(repeating: false, count: count)
        var wordLike = ContiguousArray<Bool>(repeating: false, count: count)
        var inside = ContiguousArray<Bool>(repeating: false, count: formCount)
        var lower = ContiguousArray<Bool>(repeating: false, count: formCount)
        var anyCapital = ContiguousArray<Bool>(repeating: false, count: formCount)
        var place = ContiguousArray<Bool>(repeating: false, count: formCount)
        let iForm = segmentation.forms.lookup("i")
        for (index, sentence) in segmentation.sentences.enumerated() {
            var first = true, afterColon = false
            let paragraph = segmentation.paragraphs[sentence.paragraph]
            // A caption's label ("SKADET:") is not the start of its sentence.
            let label = paragraph.kind == .caption && paragraph.sentences.lowerBound == index ? paragraph.marker : nil
            for token in sentence.tokens {
                sentenceOf[token] = Int32(index)
                if let label, Int(tokens.ends[token]) <= label.upperBound { continue }
                let kind = tokens.kinds[token]
                let upper = (kind == .word || kind == .number) && ArticleWords.startsUpper(segmentation, token: token)
                guard kind == .word || kind == .number && upper else {
                    if kind != .punctuation { first = false }
                    // "Kl. 07.30: Ifølge NVE …", "Oppdatert: Politiet …": a capital after a colon
                    // opens a clause as at the start of a sentence.
                    afterColon = kind == .punctuation && segmentation.text.utf8[Int(tokens.starts[token])] == 0x3A
                    continue
                }
                defer { afterColon = false }
                wordLike[token] = true
                let form = Int(tokens.forms[token])
                capitalised[token] = upper
                if first || afterColon && upper {
                    initial[token] = true
                    first = false
                } else if upper {
                    inside[form] = true
                }
                if upper { anyCapital[form] = true } else { lower[form] = true }
                if upper, token > 0, tokens.forms[token - 1] == iForm, !ArticleWords.startsUpper(segmentation, token: token - 1) {
                    place[form] = true
                }
            }
        }
        self.sentenceOf = sentenceOf
        self.sentenceInitial = initial
        self.capitalised = capitalised
        self.wordLike = wordLike
        self.capitalisedInside = inside
        self.seenLower = lower
        self.seenCapitalised = anyCapital
        self.placeName = place

        var cueAt = ContiguousArray<Int32>(repeating: -1, count: count)
        var cueEnd = ContiguousArray<Int32>(repeating: -1, count: count)
        let atForm = segmentation.forms.lookup("at")
        for match in matcher.terms(.cue, in: 0..<count, atoms: atoms) where !match.tokens.isEmpty {
            let last = match.tokens.upperBound - 1
            guard sentenceOf[match.tokens.lowerBound] == sentenceOf[last] else { continue }
            // A gap must not swallow punctuation or "at": "legge … til" is "la hun til", not
            // "la. Til"; "i ..2 video" is "i den nye videoen", not "i at videoene".
            if match.tokens.count > 1, match.tokens.dropLast().contains(where: { tokens.kinds[$0] == .punctuation || tokens.forms[$0] == atForm }) {
                continue
            }
            cueAt[match.tokens.lowerBound] = Int32(match.item)
            cueEnd[match.tokens.lowerBound] = Int32(match.tokens.upperBound)
        }
        self.cueAt = cueAt
        self.cueEnd = cueEnd
        var roleAt = ContiguousArray<Int32>(repeating: -1, count: count)
        for match in matcher.terms(.role, in: 0..<count, atoms: atoms) {
            for token in match.tokens { roleAt[token] = Int32(match.item) }
        }
        self.roleAt = roleAt
    }

    /// The folded lemma of role item `item` ("*minister" → "minister", "=mødre" → "mødre").
    func roleLemma(_ item: Int) -> [UInt8] { roleTable[item].lemma }

    /// The type of the proper-name institution row ("=NVE", "=UDI", "=Statnett") whose folded
    /// form is `folded`, or nil. For a body named only in its genitive ("NVEs beregninger"), which
    /// the exact-form row does not match in the text.
    func properNameInstitutionType(folded: [UInt8]) -> SpeakerType? {
        roleTable.first(where: { $0.properName && $0.institution && !$0.suffix && $0.lemma == folded })?.type
    }
    /// Whether role item `item` is a suffix wildcard ("*forsker").
    func roleIsSuffix(_ item: Int) -> Bool { roleTable[item].suffix }

    /// Whether role `item` is an exact form ("=banken", "=partene") rather than a lemma.
    func roleIsExactForm(_ item: Int) -> Bool { roleTable[item].exact }
    /// The speaker type of role item `item`.
    func roleTypeOf(_ item: Int) -> SpeakerType { roleTable[item].type }
    /// Whether role item `item` names an institution rather than a person ("politiet", "regjeringen").
    func roleIsInstitution(_ item: Int) -> Bool { roleTable[item].institution }

    /// Whether role `item` is a proper name ("=Kreml"): it keeps its capital at a sentence start.
    func roleIsProperName(_ item: Int) -> Bool { roleTable[item].properName }

    /// A word in capitals throughout, every letter (not only the ASCII ones, as ``isAllCaps``
    /// reads them: "Bø" in "Johannes Thingnes Bø" is a surname): "BP", "NOR", "DNB".
    func isAcronym(_ token: Int) -> Bool {
        guard isWord(token) else { return false }
        let word = segmentation.text.string(bytes(token..<(token + 1)))
        return word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "-" } && word.contains { $0.isLetter }
    }

    /// A word with a capital letter after its first ("SR-Bank", "NorgesGruppen", "DNB"): a
    /// name's spelling, never an ordinary word's at the start of a sentence.
    func hasInnerCapital(_ token: Int) -> Bool {
        let bytes = segmentation.text.utf8
        let start = self.start(token), end = self.end(token)
        guard end - start >= 2 else { return false }
        for index in (start + 1)..<end where bytes[index] >= 0x41 && bytes[index] <= 0x5A { return true }
        return false
    }

    /// A capitalised word written in capitals throughout ("POPPE", "NTB"): credits and acronyms.
    func isAllCaps(_ token: Int) -> Bool {
        let bytes = segmentation.text.utf8
        let start = self.start(token), end = self.end(token)
        guard end - start >= 2 else { return false }
        for index in start..<end where bytes[index] >= 0x61 && bytes[index] <= 0x7A { return false }
        return isCapitalised(token)
    }

    /// An acronym in the genitive, "NRKs", "SSBs", "UDIs": capitals, then a lower-case "s".
    func isAllCapsGenitive(_ token: Int) -> Bool {
        let bytes = segmentation.text.utf8
        let start = self.start(token), end = self.end(token)
        guard end - start >= 3, bytes[end - 1] == 0x73 else { return false }
        for index in start..<(end - 1) where !(bytes[index] >= 0x41 && bytes[index] <= 0x5A) { return false }
        return true
    }

    /// A hyphen compound whose last part is lower case ("Hongkong-direktør", "United-legenden"):
    /// a title or description, not part of a name.
    func isHyphenatedTitle(_ token: Int) -> Bool {
        let bytes = segmentation.text.utf8
        var index = end(token) - 1
        let first = start(token)
        while index > first, bytes[index] != 0x2D { index -= 1 }
        guard index > first, index + 1 < end(token) else { return false }
        let next = bytes[index + 1]
        return next >= 0x61 && next <= 0x7A || next == 0xC3 && index + 2 < end(token) && bytes[index + 2] >= 0xA0
    }

    /// A sentence-initial word that looks like an unlisted title ("Landslagstrener", "Sølvvinner").
    func hasTitleSuffix(_ token: Int) -> Bool {
        withForm(token) { form in
            // Also in the definite form: "Skiløperen Mia Dahl".
            var stems = [Array(form)]
            for ending in [Array("en".utf8), Array("et".utf8)] where form.count > ending.count + 3
                && zip(form.suffix(ending.count), ending).allSatisfy({ $0 == $1 }) {
                stems.append(Array(form.dropLast(ending.count)))
            }
            return stems.contains { stem in
                ArticleWords.titleSuffixes.contains { suffix in
                    stem.count >= suffix.count && zip(stem.suffix(suffix.count), suffix).allSatisfy { $0 == $1 }
                }
            }
        }
    }

    static let titleSuffixes: [[UInt8]] = ["trener", "løper", "spiller", "vinner", "kaptein", "legende", "legenden", "direktør",
                                           "sjef", "leder", "ansvarlig", "rådgiver", "koordinator", "representant", "medlem",
                                           "sekretær", "redaktør", "ingeniør", "konsulent", "mester", "talent", "stjerne",
                                           "stjernen", "keeper", "back", "sjåfør", "pilot", "utøver", "kjører", "advokat",
                                           "eier", "gründer", "forfatter", "artist", "olog", "ist", "assistent",
                                           "sjefen", "lederen", "trener", "dommer", "ordfører", "rektor"].map { Array($0.utf8) }

    /// Whether a word token starts with a capital: its first scalar differs from the folded form's.
    static func startsUpper(_ segmentation: Segmentation, token: Int) -> Bool {
        let bytes = segmentation.text.utf8
        let start = Int(segmentation.tokens.starts[token])
        let first = bytes[start]
        if first < 0x80 {
            if first >= 0x41 && first <= 0x5A { return true }
            // "iTromsø", "eBay": a brand's name, a lower-case letter before a capital and more
            // lower case ("mRNA" is an abbreviation).
            let end = Int(segmentation.tokens.ends[token])
            guard first >= 0x61, first <= 0x7A, start + 2 < end, bytes[start + 1] >= 0x41, bytes[start + 1] <= 0x5A else { return false }
            return bytes[start + 2] >= 0x61 && bytes[start + 2] <= 0x7A || bytes[start + 2] >= 0xC3
        }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        return segmentation.forms.withBytes(Int(segmentation.tokens.forms[token])) { form in
            guard form.count >= length, start + length <= bytes.count else { return true }
            for offset in 0..<length where form[offset] != bytes[start + offset] { return true }
            return false
        }
    }

    // MARK: Token predicates

    @inline(__always) func cls(_ token: Int) -> WordClass { classes[Int(segmentation.tokens.forms[token])] }
    @inline(__always) func has(_ token: Int, _ wordClass: WordClass) -> Bool { !cls(token).isDisjoint(with: wordClass) }
    @inline(__always) func form(_ token: Int) -> Int32 { segmentation.tokens.forms[token] }
    @inline(__always) func isWord(_ token: Int) -> Bool { wordLike[token] }
    @inline(__always) func isLexical(_ token: Int) -> Bool { segmentation.tokens.kinds[token].isLexical }
    @inline(__always) func start(_ token: Int) -> Int { Int(segmentation.tokens.starts[token]) }
    @inline(__always) func end(_ token: Int) -> Int { Int(segmentation.tokens.ends[token]) }
    @inline(__always) func sentence(_ token: Int) -> Int { Int(sentenceOf[token]) }
    /// Byte range of tokens `range` (from the first token's start to the last token's end).
    func bytes(_ range: Range<Int>) -> Range<Int> { start(range.lowerBound)..<end(range.upperBound - 1) }

    /// The token is the single punctuation byte `byte`.
    @inline(__always) func isPunct(_ token: Int, _ byte: UInt8) -> Bool {
        let tokens = segmentation.tokens
        return tokens.kinds[token] == .punctuation && tokens.ends[token] - tokens.starts[token] == 1
            && segmentation.text.utf8[Int(tokens.starts[token])] == byte
    }
    @inline(__always) func isComma(_ token: Int) -> Bool { isPunct(token, 0x2C) }
    @inline(__always) func isColon(_ token: Int) -> Bool { isPunct(token, 0x3A) }
    @inline(__always) func isQuestionMark(_ token: Int) -> Bool { isPunct(token, 0x3F) }
    func isSentenceFinal(_ token: Int) -> Bool {
        if isPunct(token, 0x2E) || isPunct(token, 0x3F) || isPunct(token, 0x21) { return true }
        return scalar(token) == 0x2026
    }
    /// "?", "!" or "…" (kept at the end of a quote before its attribution).
    func keepsBeforeAttribution(_ token: Int) -> Bool {
        isPunct(token, 0x3F) || isPunct(token, 0x21) || scalar(token) == 0x2026
    }
    /// A quote dash: en dash, em dash, minus sign, or a free-standing hyphen.
    func isDash(_ token: Int) -> Bool {
        guard segmentation.tokens.kinds[token] == .punctuation else { return false }
        let value = scalar(token)
        if value == 0x2013 || value == 0x2014 || value == 0x2212 { return true }
        return value == 0x2D && end(token) - start(token) == 1
    }
    /// The first scalar of a token (for punctuation).
    func scalar(_ token: Int) -> UInt32 {
        let bytes = segmentation.text.utf8
        let index = start(token)
        let first = bytes[index]
        if first < 0x80 { return UInt32(first) }
        if first < 0xE0, index + 1 < bytes.count { return (UInt32(first & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F) }
        if first < 0xF0, index + 2 < bytes.count {
            return (UInt32(first & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
        }
        return 0xFFFD
    }
    /// Quotation marks and brackets that may open or close a quote.
    func isQuoteMark(_ token: Int) -> Bool {
        switch scalar(token) {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// Whether `token` is the apostrophe of a genitive of a word ending in s, x or z ("Røde
    /// Kors' generalsekretær", "Hans' advokat"): glued to that word, a space and a word after it.
    func isGenitiveApostrophe(_ token: Int) -> Bool {
        guard token > 0, token + 1 < segmentation.tokens.count, scalar(token) == 0x27 || scalar(token) == 0x2019,
              isWord(token - 1), start(token) == end(token - 1), !has(token - 1, WordClass.function),
              isWord(token + 1), start(token + 1) > end(token) else { return false }
        let last = lastFormByte(token - 1)
        return last == 0x73 || last == 0x78 || last == 0x7A
    }

    @inline(__always) func isCapitalised(_ token: Int) -> Bool { capitalised[token] }
    @inline(__always) func isInitial(_ token: Int) -> Bool { sentenceInitial[token] }
    @inline(__always) func role(_ token: Int) -> Int { Int(roleAt[token]) }
    @inline(__always) func cue(_ token: Int) -> Int { Int(cueAt[token]) }
    func cueKind(_ item: Int) -> CueEntry.Kind { lexicon.cues[item].kind }
    func cueTakesAt(_ item: Int) -> Bool { lexicon.cues[item].takesAtClause }

    /// A noun for people: a role noun, a closed-list person noun, or an agent noun in -ere,
    /// -erne, -eren, -ister, -istene, -ende ("fiskerne", "arbeiderne", "pendlere", "reisende").
    func isPersonHead(_ token: Int) -> Bool {
        guard isWord(token) else { return false }
        if role(token) >= 0 || has(token, [.personNoun, .female, .male, .groupNoun]) { return true }
        return isAgentNoun(token) || isAgeNoun(token)
    }

    func isAgentNoun(_ token: Int) -> Bool {
        guard !isCapitalised(token) || isInitial(token), !has(token, WordClass.function), cue(token) < 0 else { return false }
        // Indefinite "-ere" is also the comparative ("ferskere"): only at the start of a sentence
        // or after a determiner or quantifier ("Fiskere i Finnmark", "mange pendlere").
        let plainPlural = isInitial(token) || token > 0 && has(token - 1, [.determiner, .quantifier])
        return withForm(token) { form in
            guard form.count >= 6 else { return false }
            for suffix in ArticleWords.agentSuffixes where form.count > suffix.count + 2 {
                if suffix.count == 3 && suffix == ArticleWords.agentSuffixes[1] && !plainPlural { continue }
                if zip(form.suffix(suffix.count), suffix).allSatisfy({ $0 == $1 }) { return true }
            }
            return false
        }
    }

    /// "22-åringen", "45-åring", "tenåringene": a person named by age.
    func isAgeNoun(_ token: Int) -> Bool {
        guard isWord(token), !isCapitalised(token) || isInitial(token) else { return false }
        return ArticleWords.ageNounEndings.contains { endsWithBytes(token, $0) }
    }

    static let ageNounEndings: [[UInt8]] = ["åring", "åringen", "åringer", "åringene"].map { Array($0.utf8) }

    /// "45-åringen", "nordmannen", "svensken": nouns that refer back to the person in focus.
    func isPersonAnaphor(_ token: Int) -> Bool {
        if endsWithBytes(token, Array("åringen".utf8)) || has(token, .demonym) { return true }
        return false
    }

    static let agentSuffixes: [[UInt8]] = ["erne", "ere", "eren", "ister", "istene", "isten"].map { Array($0.utf8) }

    /// A single-token cue in a passive or genitive form ("hevdes", "sies", "anslås"): no speaker.
    func isPassiveCue(_ token: Int) -> Bool {
        // ("synes", "syntes" end in -s but are active: "Hun synes forslaget er godt.")
        // ("minnes", "mintes": active remembering; see WordClass.deponent.)
        Int(cueEnd[token]) == token + 1 && lastFormByte(token) == 0x73 && !has(token, .opinion) && !has(token, .deponent)
    }

    /// A noun cue of a channel that opens with its preposition ("i en e-post", "i meldingen"):
    /// words between a verb and its "at" ("skriver til NRK i en e-post at"), not a verb of its own.
    func isChannelCue(_ token: Int) -> Bool {
        let item = cue(token)
        return item >= 0 && cueKind(item) == .reporting && !has(token, .verb) && has(token, [.i, .paa])
    }

    /// Where the one told ends when a name follows a verb of telling or answering ("svarer NRK
    /// at", "forteller Holder de ord i en e-post at"): a run of capitalised words, taking up to
    /// two lower-case words more when they end an outlet's name. Nil when no name starts there.
    func recipientEnd(at token: Int, limit: Int) -> Int? {
        guard token < limit, !isInitial(token), mayStartName(token) else { return nil }
        let end = nameRunEnd(token, limit: limit)
        for longer in stride(from: min(end + 2, limit), to: end, by: -1)
        where (end..<longer).allSatisfy({ isWord($0) && !isCapitalised($0) }) && endsWithOutletWord(token..<longer) {
            return longer
        }
        return end
    }

    /// Whether a capitalised word can start a personal or organisation name here. Inside a
    /// sentence every capitalised word can; at the start of a sentence only a word that is not a
    /// function word, role or person noun, and that is capitalised elsewhere inside a sentence,
    /// followed by another name word, or directly followed by a speech verb.
    func mayStartName(_ token: Int) -> Bool {
        guard isWord(token), isCapitalised(token) else { return false }
        // "Rødt-lederen", "FN-sjefen": a hyphen compound ending in a person's role noun describes
        // someone ("Oslo-politiet", an institution, stays a name).
        if role(token) >= 0, isHyphenatedTitle(token), !roleIsInstitution(role(token)) { return false }
        if !isInitial(token) {
            // Inside a sentence a capital marks a name, even on a word like "Per" or "Finn" — and
            // on "Hans" before a surname ("En turist, Hans Müller, sier …"), never the possessive there.
            if has(token, [.determiner, .expletive, .pronoun, .secondPerson, .article]) {
                // ("Hans Müller"; "Miljøpartiet De Grønne", "ifølge Det Norske Veritas": a
                // capitalised article inside a sentence opens a name when a capitalised word follows.)
                return (has(token, .possessive) || has(token, .determiner) && !has(token, [.han, .hun]))
                    && token + 1 < tokenCount && sentence(token + 1) == sentence(token) && isWord(token + 1)
                    && isCapitalised(token + 1) && !has(token + 1, WordClass.function) && role(token + 1) < 0
            }
            // (A capitalised role word before a capitalised one is a title, except a body the
            // lexicon knows by a proper name: "organisasjonen Amnesty International".)
            return !(role(token) >= 0 && !roleIsProperName(role(token)) && token + 1 < tokenCount && isCapitalised(token + 1)
                     && isWord(token + 1))
        }
        // "Amerikanske David …", "Russiske Ivan …": a nationality adjective, not part of the name.
        if !capitalisedInside[Int(form(token))], endsWithBytes(token, [0x73, 0x6B, 0x65]) { return false }
        if has(token, WordClass.function) {
            // "Dag Erlandsen er …", "Per Hagen er leder i …": "dag" and "per" are also first names;
            // before a surname they are ones (the preposition is followed by lower case or a number:
            // "Per i dag", "Per 1. mai").
            if withForm(token, { $0.elementsEqual("dag".utf8) || $0.elementsEqual("per".utf8) }), token + 1 < tokenCount, sentence(token + 1) == sentence(token),
               isWord(token + 1), isCapitalised(token + 1), !has(token + 1, WordClass.function), role(token + 1) < 0 {
                return true
            }
            // "Hans Andreas Limi mener …": the possessive "hans" before a first name and a surname
            // is the first name "Hans".
            if has(token, .possessive), token + 2 < tokenCount, sentence(token + 2) == sentence(token),
               (1...2).allSatisfy({ isWord(token + $0) && isCapitalised(token + $0) && !has(token + $0, WordClass.function) && role(token + $0) < 0 }) {
                return true
            }
            // "Per Olsen sier …": a function word that is also used as a name elsewhere.
            return capitalisedInside[Int(form(token))] && token + 1 < tokenCount && isWord(token + 1) && isCapitalised(token + 1)
                && !has(token, [.determiner, .expletive, .pronoun, .article, .subordinator])
        }
        // "Høyre vil …", "Venstre mener …", "Rødt og SV krever …": a party's name opening a
        // sentence before a verb or "og" (not "Rødt lys", "Venstre side").
        if isPartyName(token), token + 1 < tokenCount, sentence(token + 1) == sentence(token), isWord(token + 1),
           has(token + 1, [.verb, .og]) || cue(token + 1) >= 0 || !isCapitalised(token + 1) && endsWithBytes(token + 1, [0x65, 0x72]) {
            return true
        }
        // "Direktoratet for samfunnssikkerhet og beredskap opplyser …": a body noun opening a
        // name with "for" and its field, also at the start of a sentence.
        if role(token) >= 0, headsForName(token), token + 1 < tokenCount, has(token + 1, .forWord),
           nameRunEnd(token, limit: tokenCount) > token + 2 {
            return true
        }
        if role(token) >= 0 || has(token, [.personNoun, .female, .male, .groupNoun]) { return false }
        let formID = Int(form(token))
        if capitalisedInside[formID] { return true }
        // "Politiadvokat Stian Eskeland" when "politiadvokat" is written in lower case elsewhere.
        if seenLower[formID] { return false }
        let next = token + 1
        guard next < tokenCount, sentence(next) == sentence(token) else { return false }
        if isWord(next) && isCapitalised(next) && !has(next, WordClass.function) && role(next) < 0 { return true }
        if isNameSlash(next, limit: tokenCount), sentence(next + 1) == sentence(token) { return true }
        // "Næringslivets Hovedorganisasjon": a capitalised body noun goes on with the name.
        if isWord(next), isCapitalised(next), role(next) >= 0, roleTypeOf(role(next)) == .organisation || roleIsInstitution(role(next)),
           !has(next, WordClass.function) {
            return true
        }
        // "Ursula von der Leyen talte …".
        if has(next, .nameParticle), !isCapitalised(next) {
            var after = next + 1
            while after < tokenCount, has(after, .nameParticle), !isCapitalised(after) { after += 1 }
            if after < tokenCount, sentence(after) == sentence(token), isWord(after), isCapitalised(after) { return true }
        }
        if cue(next) >= 0 && !isPassiveCue(next) && !seenLower[formID] { return true }
        // "TV 2 skriver …": an acronym and its channel number before a verb of saying.
        if !isWord(next), next + 1 < tokenCount, sentence(next + 1) == sentence(token), nameRunEnd(token, limit: next + 2) == next + 1,
           cue(next + 1) >= 0, !isPassiveCue(next + 1) {
            return true
        }
        // "Haukeland universitetssykehus bekrefter …", "Bergen brannvesen opplyser …": a name before
        // the noun of its institution.
        if isInstitutionNoun(next) { return true }
        return false
    }

    /// A nickname in quotation marks between a first name and a surname ("Jonas «Jojo»
    /// Kristiansen", "Ole «Gunnar» Solskjær"): one or two capitalised words inside the marks and a
    /// capitalised word after them. Returns the end of that surname (exclusive), so the name run
    /// goes on; nil for any other shape ("Bandet «Hjem» spilte": no surname follows).
    func nicknameEnd(_ open: Int, limit: Int) -> Int? {
        guard open > 0, isWord(open - 1), isCapitalised(open - 1), open + 3 < limit, scalar(open) == 0xAB || isPunct(open, 0x22) else { return nil }
        var close = open + 1
        while close < limit, close <= open + 2, isWord(close), isCapitalised(close) { close += 1 }
        guard close > open + 1, close + 1 < limit, scalar(close) == 0xBB || isPunct(close, 0x22),
              sentence(close + 1) == sentence(open), isWord(close + 1), isCapitalised(close + 1),
              !has(close + 1, [.determiner, .pronoun, .accordingTo, .preposition, .conjunction]) else { return nil }
        return close + 2
    }

    /// The end of a name run starting at `token` (exclusive), within `limit`.
    /// "Bodø/Glimt", "Fana/Bergen": a slash written tight between two capitalised words joins
    /// them into one name (a club or body named by both places).
    func isNameSlash(_ token: Int, limit: Int) -> Bool {
        token > 0 && token + 1 < limit && isPunct(token, 0x2F) && start(token) == end(token - 1) && end(token) == start(token + 1)
            && isCapitalised(token - 1) && isWord(token + 1) && isCapitalised(token + 1)
            && !has(token + 1, [.determiner, .pronoun, .accordingTo, .preposition, .conjunction])
    }

    func nameRunEnd(_ token: Int, limit: Int) -> Int {
        var end = token + 1
        while end < limit {
            if isWord(end) && isCapitalised(end) && !has(end, [.determiner, .pronoun, .accordingTo, .preposition, .conjunction]) {
                end += 1
                continue
            }
            // A capitalised article inside a name, before another capitalised word: "Miljøpartiet
            // De Grønne", "Stiftelsen Det Norske Veritas" (not the possessive "Hans" or a pronoun
            // opening a sentence).
            if isWord(end), isCapitalised(end), !isInitial(end), has(end, .determiner), !has(end, [.possessive, .han, .hun]),
               end + 1 < limit, isWord(end + 1), isCapitalised(end + 1), !has(end + 1, WordClass.function) {
                end += 2
                continue
            }
            if isNameSlash(end, limit: limit) {
                end += 2
                continue
            }
            // A number inside a company's name: "Sparebank 1 Markets", "Sparebank 1 SR-Bank".
            if segmentation.tokens.kinds[end] == .number, self.end(end) - start(end) <= 4, end + 1 < limit,
               isWord(end + 1), isCapitalised(end + 1), !has(end + 1, [.determiner, .pronoun, .accordingTo, .preposition, .conjunction]) {
                end += 2
                continue
            }
            // An initial: "Tom H. Ystaas".
            if isPunct(end, 0x2E), self.end(end - 1) - start(end - 1) == 1, isCapitalised(end - 1), end + 1 < limit,
               isWord(end + 1), isCapitalised(end + 1) {
                end += 2
                continue
            }
            // A channel's number after its capitals: "TV 2", "NRK 1" (one digit, so no year or count).
            if segmentation.tokens.kinds[end] == .number, self.end(end) - start(end) == 1, isAllCaps(end - 1), isWord(end - 1) {
                end += 1
                continue
            }
            // A short abbreviation the sentence goes on after (the segmenter knows it): "St. Olavs
            // hospital", "Dr. Hansen"; not "… i Oslo. Der" (a sentence ends there).
            if isPunct(end, 0x2E), self.end(end - 1) - start(end - 1) <= 3, isCapitalised(end - 1), end + 1 < limit,
               isWord(end + 1), isCapitalised(end + 1), sentence(end) == sentence(end + 1) {
                end += 2
                continue
            }
            // "Khalil al-Hayya", "Abdel Fattah el-Sisi": an Arabic article joined by a hyphen to the
            // surname's capital is part of the name.
            if isArticleJoinedSurname(end) {
                end += 1
                continue
            }
            // "von der Leyen", "van Gogh"; not "Twitter da Maradonas" ("da" is also Norwegian).
            if has(end, .nameParticle) && !isCapitalised(end) && !has(end, [.subordinator, .adverb, .determiner]) {
                var next = end + 1
                while next < limit, has(next, .nameParticle), !isCapitalised(next) { next += 1 }
                if next < limit, isWord(next), isCapitalised(next) { end = next + 1; continue }
            }
            if has(end, .nameConnector) && !isCapitalised(end) && end + 1 < limit {
                let forAllowed = !has(end, .forWord) || headsForName(end - 1)
                var next = end + 1
                while next < limit, has(next, .nameConnector), !isCapitalised(next) { next += 1 }
                if forAllowed, next < limit, isWord(next), isCapitalised(next) { end = next + 1; continue }
                // "Senter for krigsstudier", "Institutt for fredsforskning", "Direktoratet for
                // samfunnssikkerhet og beredskap": the field after "for", two fields joined by "og".
                if forAllowed, has(end, .forWord), next == end + 1, next < limit, isWord(next), !has(next, WordClass.function),
                   cue(next) < 0, has(end - 1, .orgWord) || isCapitalised(end - 1) {
                    end = next + 1
                    if end + 1 < limit, has(end, .og), isWord(end + 1), !isCapitalised(end + 1), !has(end + 1, WordClass.function),
                       cue(end + 1) < 0, role(end + 1) < 0, !endsWith(end + 1, "er") {
                        end += 2
                    }
                    continue
                }
            }
            if let after = nicknameEnd(end, limit: limit) { end = after; continue }
            // "TV 2", "NRK 1": a channel number after a one-word acronym (not a share or a count:
            // "SV 6,1 prosent", "FN 2 ganger").
            // ("TV 2s opplysninger": the genitive of the number.)
            let genitive = isWord(end) && self.end(end) - start(end) == 2 && lastFormByte(end) == 0x73
                && segmentation.text.utf8[start(end)] >= 0x30 && segmentation.text.utf8[start(end)] <= 0x39
            if end == token + 1, isAllCaps(token), segmentation.tokens.kinds[end] == .number && self.end(end) - start(end) == 1 || genitive,
               end + 1 >= limit || !has(end + 1, .quantifier) && segmentation.tokens.kinds[end + 1] != .number {
                end += 1
                continue
            }
            break
        }
        return end
    }

    /// Whether the word before "for" heads a body's name of the kind "Senter for krigsstudier",
    /// "Direktoratet for forvaltning og økonomistyring": an organisation word or role, or a
    /// capitalised institution noun.
    private func headsForName(_ token: Int) -> Bool {
        if has(token, .orgWord) { return true }
        guard role(token) >= 0 else { return false }
        return roleTypeOf(role(token)) == .organisation || isCapitalised(token) && roleIsInstitution(role(token))
    }

    /// Whether the token is written "al-" or "el-" and a capital ("al-Hayya", "el-Sisi"): a
    /// surname with the Arabic article, lower-case as written.
    func isArticleJoinedSurname(_ token: Int) -> Bool {
        guard isWord(token), !isCapitalised(token) else { return false }
        let span = start(token)..<end(token)
        return segmentation.text.utf8.withUnsafeBufferPointer { text in
            let bytes = UnsafeBufferPointer(rebasing: text[span])
            guard bytes.count > 3, bytes[2] == 0x2D, bytes[1] == 0x6C, bytes[0] == 0x61 || bytes[0] == 0x65 else { return false }
            return bytes[3] >= 0x41 && bytes[3] <= 0x5A
        }
    }

    // MARK: Forms as bytes

    func withForm<R>(_ token: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        segmentation.forms.withBytes(Int(form(token)), body)
    }

    /// Whether the token's folded form is exactly `bytes`.
    func isForm(_ token: Int, _ bytes: [UInt8]) -> Bool {
        withForm(token) { form in form.count == bytes.count && zip(form, bytes).allSatisfy { $0 == $1 } }
    }

    /// The first token whose start is at or after `byte`.
    func token(atOrAfter byte: Int) -> Int {
        let starts = segmentation.tokens.starts
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < byte { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func endsWithBytes(_ token: Int, _ suffix: [UInt8]) -> Bool {
        withForm(token) { form in form.count > suffix.count && zip(form.suffix(suffix.count), suffix).allSatisfy { $0 == $1 } }
    }

    /// The last byte of the token's folded form.
    func lastFormByte(_ token: Int) -> UInt8 { withForm(token) { $0.last ?? 0 } }
}

/// The role items of a lexicon as speaker-type facts, computed once per lexicon version.
enum RoleTable {
    struct Entry: Sendable {
        var lemma: [UInt8]
        var suffix: Bool
        var type: SpeakerType
        /// An institution speaking ("'politiet' as speaker", "government as speaker").
        var institution: Bool
        /// The row is a capitalised exact form ("=Kreml", "=Nato"): a proper name, written so.
        var properName: Bool
        /// The row is an exact form ("=banken", "=retten", "=partene"): its lemma is an inflected
        /// form, whose ending tells its number.
        var exact: Bool
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [String: [Entry]] = [:]

    /// The entries of `matcher`'s roles, by item (shared; keyed by the lexicon's version, which
    /// hashes its content).
    static func entries(for matcher: Matcher) -> [Entry] {
        let key = matcher.lexiconVersion
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[key] { return table }
        let table = matcher.lexicon.roles.map { role -> Entry in
            var source = role.pattern.source.stanceFolded
            let suffix = source.hasPrefix("*")
            source.removeAll { $0 == "*" || $0 == "=" }
            let properName = role.pattern.source.hasPrefix("=") && role.pattern.source.dropFirst().first?.isUppercase == true
            return Entry(lemma: Array(source.utf8), suffix: suffix, type: SpeakerType(lexiconValue: role.speakerType),
                         institution: role.note.contains("as speaker"), properName: properName,
                         exact: role.pattern.source.hasPrefix("="))
        }
        tables[key] = table
        return table
    }
}

/// The source nouns of a lexicon (source-nouns.tsv) as the word endings they match, computed
/// once per lexicon version: `*stem` gives the stem and its noun endings, `=form` the form.
enum SourceNounTable {
    /// The endings a `*stem` source noun takes ("rapport", "rapporten", "rapportene" …).
    static let endings = ["", "n", "r", "ne", "en", "er", "ene", "et"]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [String: [[UInt8]]] = [:]

    static func forms(for matcher: Matcher) -> [[UInt8]] {
        let key = matcher.lexiconVersion
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[key] { return table }
        var table: [[UInt8]] = []
        for noun in matcher.lexicon.sourceNouns {
            var source = noun.pattern.source.stanceFolded
            if source.hasPrefix("*") {
                source.removeFirst()
                table.append(contentsOf: endings.map { Array((source + $0).utf8) })
            } else {
                source.removeAll { $0 == "=" }
                table.append(Array(source.utf8))
            }
        }
        tables[key] = table
        return table
    }
}

extension Array where Element == Int32 {
    /// Whether these form ids hold `needle` as a contiguous run (an empty needle is in every
    /// array), without copying slices.
    func containsRun(_ needle: [Int32]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard count >= needle.count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            var offset = 1
            while offset < needle.count && self[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
