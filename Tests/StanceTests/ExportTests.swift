import Testing
@testable import Stance

@Suite struct ExportTests {
    @Test func jsonKeysAreSortedAndStringsEscaped() {
        let value: JSONValue = .object(["text": "«Hei» sa \"hun\"\n", "end": 12, "doc": "a\\b", "tone": -0.5, "ok": true])
        #expect(value.encoded == #"{"doc":"a\\b","end":12,"ok":true,"text":"«Hei» sa \"hun\"\n","tone":-0.5}"#)
    }

    @Test func numbersPrintTheSameWayEveryTime() {
        #expect(JSONValue.format(2.0) == "2")
        #expect(JSONValue.format(1.0 / 3.0) == "0.333333")
        #expect(JSONValue.format(-0.1 - 0.2) == "-0.3")
        #expect(JSONValue.format(.nan) == "null")
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(CSVFormat.line(["Ærlig talt", "ja, nei", "sa \"hun\"", "to\nlinjer"]) == "Ærlig talt,\"ja, nei\",\"sa \"\"hun\"\"\",\"to\nlinjer\"")
        #expect(CSVFormat.line(["a\tb", "c"], separator: "\t") == "a b\tc")
    }

    @Test func rowWriterWritesHeaderOnceInColumnOrder() {
        var lines: [String] = []
        var writer = RowWriter(format: .csv) { lines.append($0) }
        var row = OutputRow()
        row["doc"] = "a1"
        row["speaker"] = "Kari Nordmann"
        row["tone"] = .double(-0.25)
        writer.add(row)
        row["doc"] = "a2"
        writer.add(row)
        writer.finish()
        #expect(lines == ["doc,speaker,tone", "a1,Kari Nordmann,-0.25", "a2,Kari Nordmann,-0.25"])
    }

    @Test func jsonFormatIsOneArray() {
        var lines: [String] = []
        var writer = RowWriter(format: .json) { lines.append($0) }
        var row = OutputRow()
        row["b"] = 1
        row["a"] = "x"
        writer.add(row)
        writer.add(row)
        writer.finish()
        #expect(lines.joined() == #"[{"a":"x","b":1},{"a":"x","b":1}]"#)
    }

    @Test func tablesFitEightyColumns() {
        var rows: [OutputRow] = []
        for index in 0..<3 {
            var row = OutputRow()
            row["speaker"] = .string("Mødre og koner til mobiliserte soldater fra Moskva-regionen nummer \(index)")
            row["role"] = .string("en svært lang rollebeskrivelse som aldri tar slutt i denne tabellen")
            row["tokens"] = .int(1234 * index)
            row["tone"] = .double(-0.125)
            rows.append(row)
        }
        let lines = TextTable.render(rows, columns: nil, width: 80)
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines[2].contains("…"))
        #expect(lines[3].hasSuffix("-0.125"))
    }

    /// The byte-level row writer must print exactly what the String path prints.
    @Test func csvLineFromValuesMatchesTheTextPath() {
        let values: [JSONValue] = [
            "norquad-news-12", "Kari Nordmann", "", "Han sa: «Nei, aldri»", "sier \"nei\"", "linje\nto", "tab\there",
            "æøå ÆØÅ", 0, 7, 10, -3, 1_234_567, .int(Int.max), .int(Int.min), 0.0, -0.0, 2.0, 0.0792, -0.125, 6.17283951,
            1e20, .double(.nan), .double(.infinity), true, false, .null, .array([1, "a"]),
        ]
        for separator: Character in [",", "\t"] {
            let expected = CSVFormat.line(values.map(OutputRow.text), separator: separator)
            #expect(CSVFormat.line(values: values, separator: separator) == expected)
        }
        #expect(CSVFormat.line(values: [0, 12, -40, 0.5, "a,b"], separator: ",") == "0,12,-40,0.5,\"a,b\"")
    }
}
