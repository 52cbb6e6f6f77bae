import Slovo
import Testing

private func render(_ text: String, fields: AnalysisJSON.TokenFields) -> String {
    var json = JSONWriter()
    json.raw("{")
    AnalysisJSON.writeTokensAndSentences(Analyzer().analyze(text), fields: fields, into: &json)
    json.raw("}")
    return String(decoding: json.bytes, as: UTF8.self)
}

@Test func tokenFieldsChooseTheMembers() {
    #expect(render("Калуге.", fields: []) == #"{"tokens":[{"start":0,"end":6,"kind":"word"},{"start":6,"end":7,"kind":"punct"}],"sentences":[{"start":0,"end":7}]}"#)
    #expect(render("Калуге.", fields: [.text]) == #"{"tokens":[{"start":0,"end":6,"kind":"word","text":"Калуге"},{"start":6,"end":7,"kind":"punct","text":"."}],"sentences":[{"start":0,"end":7}]}"#)
    #expect(render("Калуге.", fields: [.text, .stems]) == #"{"tokens":[{"start":0,"end":6,"kind":"word","text":"Калуге","stem":"калуг"},{"start":6,"end":7,"kind":"punct","text":"."}],"sentences":[{"start":0,"end":7}]}"#)
}
