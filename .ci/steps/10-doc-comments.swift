// Doc-comment checker (issue 10): every public declaration under Sources/ must have a doc
// comment (`///` or `/** */` right above it, attributes and `#if` lines may sit between).
// Compiled and run by .ci/steps/10-doc-comments; usable by hand:
//
//     swiftc -O .ci/steps/10-doc-comments.swift -o /tmp/doc-comments && /tmp/doc-comments [ROOT]
//
// Public means: declared `public` or `open`, or declared without an access level inside a
// `public extension` or a public protocol; cases of public enums; and only when every
// enclosing type is public too. Not checked: imports, extensions themselves (their members
// are), `deinit`, and protocol witnesses whose documentation the protocol gives (below).
// C headers under Sources/*/include are checked too: each top-level function prototype,
// typedef and struct needs a comment above it.
//
// Folders (Sources/<target>) are strict unless listed in `reportOnly`: an undocumented
// declaration in a strict folder fails the step; in a report-only folder it is listed only.
// Output: a summary line per folder, then each undocumented declaration as path:line: what.
import Foundation

/// Folders other engineers are editing right now: listed, not failed. Turn strict when done.
let reportOnly: Set<String> = ["SlovoText", "SlovoMorphology", "SlovoKeywords"]

/// Executables: no public API, so every type and every file-level function is checked instead.
let allTypes: Set<String> = ["analyze"]

/// Protocol witnesses documented by their protocol (CustomStringConvertible, RawRepresentable,
/// OptionSet, Hashable, Equatable, Comparable, Sequence, Codable, LocalizedError).
let witnesses: Set<String> = [
    "var description", "var debugDescription", "var rawValue", "let rawValue", "init(rawValue:)",
    "func hash(into:)", "func ==", "func <", "func makeIterator()", "func encode(to:)", "init(from:)",
    "var errorDescription", "var hashValue",
]

let modifiers: Set<String> = [
    "public", "open", "internal", "fileprivate", "private", "package", "static", "class", "final",
    "override", "mutating", "nonmutating", "convenience", "required", "lazy", "weak", "unowned",
    "dynamic", "optional", "indirect", "nonisolated", "isolated", "consuming", "borrowing",
    "prefix", "postfix", "infix", "distributed",
]
let typeKeywords: Set<String> = ["struct", "enum", "class", "actor", "protocol", "extension"]
let memberKeywords: Set<String> = [
    "func", "init", "var", "let", "subscript", "typealias", "associatedtype", "case", "macro", "deinit",
]

// MARK: Lexing: blank out comments and string literals, remember which lines hold doc comments

/// One source line: its code with comments and literal contents blanked, and what kind of
/// comment (if any) it holds.
struct Line {
    var code: String
    var isDocComment = false
    var isComment = false
}

/// Splits Swift (or C) source into lines of code with comments and string literals blanked
/// (replaced by spaces, quotes kept), so that braces and keywords can be matched safely.
func lex(_ source: String) -> [Line] {
    var lines: [Line] = [Line(code: "")]
    let scalars = Array(source.unicodeScalars)
    var i = 0
    var blockDepth = 0            // nested /* */ comments
    var blockIsDoc = false
    var inString = false          // "..." or """..."""
    var multiline = false
    var rawHashes = 0             // #"..."# raw strings
    var interpolation: [Int] = [] // paren depth inside \( ) per nested string
    var parenDepth = 0
    func emit(_ c: Character) { lines[lines.count - 1].code.append(c) }
    func newline() {
        lines.append(Line(code: ""))
        if blockDepth > 0 {
            lines[lines.count - 1].isComment = true
            lines[lines.count - 1].isDocComment = blockIsDoc
        }
    }
    func at(_ k: Int, _ s: String) -> Bool {
        var k = k
        for u in s.unicodeScalars {
            guard k < scalars.count, scalars[k] == u else { return false }
            k += 1
        }
        return true
    }
    while i < scalars.count {
        let c = scalars[i]
        if c == "\n" {
            if inString && !multiline { inString = false }  // unterminated: recover
            newline()
            i += 1
            continue
        }
        if blockDepth > 0 {
            if at(i, "*/") { blockDepth -= 1; i += 2; continue }
            if at(i, "/*") { blockDepth += 1; i += 2; continue }
            i += 1
            continue
        }
        if inString {
            if c == "\\" && rawHashes == 0 {
                if i + 1 < scalars.count && scalars[i + 1] == "(" {
                    // Interpolation: code again until the matching parenthesis.
                    inString = false
                    interpolation.append(parenDepth)
                    parenDepth += 1
                    emit("(")
                    i += 2
                    continue
                }
                i += 2
                continue
            }
            let closing = multiline ? "\"\"\"" + String(repeating: "#", count: rawHashes)
                                    : "\"" + String(repeating: "#", count: rawHashes)
            if at(i, closing) {
                inString = false
                emit("\"")
                i += closing.unicodeScalars.count
                continue
            }
            i += 1
            continue
        }
        if at(i, "//") {
            let rest = at(i, "///") && !at(i, "////")
            lines[lines.count - 1].isComment = true
            if rest { lines[lines.count - 1].isDocComment = true }
            while i < scalars.count && scalars[i] != "\n" { i += 1 }
            continue
        }
        if at(i, "/*") {
            blockDepth = 1
            blockIsDoc = at(i, "/**") && !at(i, "/**/")
            lines[lines.count - 1].isComment = true
            lines[lines.count - 1].isDocComment = blockIsDoc
            i += 2
            continue
        }
        var hashes = 0
        while i + hashes < scalars.count && scalars[i + hashes] == "#" { hashes += 1 }
        if i + hashes < scalars.count && scalars[i + hashes] == "\"" {
            i += hashes
            rawHashes = hashes
            inString = true
            multiline = at(i, "\"\"\"")
            emit("\"")
            i += multiline ? 3 : 1
            continue
        }
        if c == "'" && i + 2 < scalars.count {
            // C character literals such as '{'.
            if scalars[i + 1] == "\\" && i + 3 < scalars.count && scalars[i + 3] == "'" { emit(" "); i += 4; continue }
            if scalars[i + 2] == "'" { emit(" "); i += 3; continue }
        }
        if c == "(" { parenDepth += 1 }
        if c == ")" {
            parenDepth -= 1
            if let depth = interpolation.last, depth == parenDepth {
                interpolation.removeLast()
                inString = true
                emit(")")
                i += 1
                continue
            }
        }
        emit(Character(c))
        i += 1
    }
    return lines
}

// MARK: Declarations

/// A declaration found at the start of a line.
struct Declaration {
    var keyword: String
    var name: String
    var modifiers: Set<String>
}

/// Words of a code line, attributes (`@inlinable`, `@available(...)`) removed.
func words(_ code: String) -> [String] {
    var text = Substring(code.trimmingCharacters(in: .whitespaces))
    while text.hasPrefix("@") {
        var k = text.index(after: text.startIndex)
        while k < text.endIndex && (text[k].isLetter || text[k].isNumber || text[k] == "_") { k = text.index(after: k) }
        if k < text.endIndex && text[k] == "(" {
            var depth = 0
            while k < text.endIndex {
                if text[k] == "(" { depth += 1 }
                if text[k] == ")" { depth -= 1; if depth == 0 { k = text.index(after: k); break } }
                k = text.index(after: k)
            }
        }
        text = text[k...].drop { $0 == " " }
    }
    var result: [String] = []
    var current = ""
    for ch in text {
        if ch.isLetter || ch.isNumber || ch == "_" || ch == "(" && ["private", "internal", "fileprivate", "public", "package", "nonisolated"].contains(current) {
            current.append(ch)
            if ch == "(" {
                // private(set), nonisolated(unsafe): keep the whole modifier as one word.
                continue
            }
        } else if ch == ")" && current.hasSuffix("(set") || ch == ")" && current.hasSuffix("(unsafe") {
            current.append(ch)
        } else if "=<>!&|^~%+-*/?.".contains(ch) && !current.isEmpty && current.allSatisfy({ "=<>!&|^~%+-*/?.".contains($0) }) {
            current.append(ch)   // operators: ==, <=, ...
        } else {
            if !current.isEmpty { result.append(current); current = "" }
            if "=<>!&|^~%+-*/".contains(ch) { current = String(ch); continue }
            if !ch.isWhitespace { result.append(String(ch)) }
        }
    }
    if !current.isEmpty { result.append(current) }
    return result
}

/// The declaration a line starts with, if any.
func declaration(_ code: String) -> Declaration? {
    let ws = words(code)
    var mods: Set<String> = []
    var k = 0
    while k < ws.count {
        let w = ws[k]
        let base = w.split(separator: "(").first.map(String.init) ?? w
        if modifiers.contains(base) {
            // `class func`, `class var`: a modifier; `class Name`: a declaration.
            if w == "class", k + 1 < ws.count, !(modifiers.contains(ws[k + 1]) || memberKeywords.contains(ws[k + 1])) {
                break
            }
            if w.hasSuffix("(set)") { mods.insert("setter-" + base) } else { mods.insert(base) }
            k += 1
            continue
        }
        break
    }
    guard k < ws.count else { return nil }
    let keyword = ws[k]
    guard typeKeywords.contains(keyword) || memberKeywords.contains(keyword) || keyword == "import" else { return nil }
    var name = ""
    var j = k + 1
    switch keyword {
    case "init", "subscript":
        // init?(x:) and init<T>(y:): the argument labels, as DocC names them.
        name = keyword + argumentLabels(ws, from: j)
    case "func":
        guard j < ws.count else { return nil }
        name = "func " + ws[j]
        if ws[j].first?.isLetter == true || ws[j].first == "_" {
            j += 1
            name += argumentLabels(ws, from: j)
        }
    default:
        if j < ws.count && ws[j] == "`" { j += 1 }
        name = keyword + (j < ws.count ? " " + ws[j] : "")
    }
    return Declaration(keyword: keyword, name: name, modifiers: mods)
}

/// "(a:_:)" from the words after a function's name.
func argumentLabels(_ ws: [String], from start: Int) -> String {
    var j = start
    if j < ws.count && (ws[j] == "?" || ws[j] == "!") { j += 1 }
    if j < ws.count && ws[j] == "<" {
        var depth = 0
        while j < ws.count {
            if ws[j] == "<" { depth += 1 }
            if ws[j] == ">" { depth -= 1; if depth == 0 { j += 1; break } }
            j += 1
        }
    }
    guard j < ws.count, ws[j] == "(" else { return "" }
    var labels = ""
    var depth = 0
    var expectLabel = true
    j += 1
    while j < ws.count {
        let w = ws[j]
        if w == "(" || w == "[" || w == "<" { depth += 1 }
        if w == ")" || w == "]" || w == ">" {
            if depth == 0 { break }
            depth -= 1
        }
        if depth == 0 {
            if w == "," { expectLabel = true } else if expectLabel && w != ":" {
                labels += w + ":"
                expectLabel = false
            }
        }
        j += 1
    }
    return "(" + labels + ")"
}

// MARK: Scopes

/// An open brace: a type body (whose members may be public) or anything else.
struct Scope {
    var isType: Bool
    /// Members declared without an access level are public (public extension, public protocol).
    var membersPublicByDefault: Bool
    /// The type and all enclosing types are public (or an extension, assumed to extend a public type).
    var isPublic: Bool
    var isEnum: Bool
}

/// An undocumented public declaration.
struct Finding {
    var path: String
    var line: Int
    var what: String
}

/// Public declarations in a Swift file and those without a doc comment.
func checkSwift(_ path: String, display: String, allTypes: Bool) -> (count: Int, missing: [Finding]) {
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return (0, []) }
    let lines = lex(source)
    var scopes: [Scope] = []
    var header = ""               // code since the last brace or semicolon at this level
    var count = 0
    var missing: [Finding] = []
    for (index, line) in lines.enumerated() {
        let trimmed = line.code.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#") { continue }   // #if, #else, #endif
        let enclosing = scopes.last
        let inTypeOrFile = enclosing?.isType ?? true
        if inTypeOrFile, header.trimmingCharacters(in: .whitespaces).isEmpty, let decl = declaration(line.code),
           decl.keyword != "import", decl.keyword != "extension", decl.keyword != "deinit" {
            let explicit = decl.modifiers.intersection(["public", "open", "internal", "fileprivate", "private", "package"])
            var isPublic: Bool
            if !explicit.isEmpty {
                isPublic = explicit.contains("public") || explicit.contains("open")
            } else if decl.keyword == "case" {
                isPublic = enclosing?.isEnum == true
            } else {
                isPublic = enclosing?.membersPublicByDefault == true
            }
            if let enclosing, !enclosing.isPublic { isPublic = false }
            if allTypes && (["struct", "enum", "class", "actor", "protocol"].contains(decl.keyword)
                            || decl.keyword == "func" && enclosing == nil) {
                isPublic = true
            }
            if isPublic {
                let kind = decl.name.split(separator: " ").first.map(String.init) ?? decl.name
                let key = decl.name.hasPrefix("func ") || decl.name.hasPrefix("init") ? decl.name : kind + " " + (decl.name.split(separator: " ").dropFirst().first ?? "")
                if !witnesses.contains(key) && !witnesses.contains(decl.name) {
                    count += 1
                    if !hasDocComment(lines, before: index) {
                        missing.append(Finding(path: display, line: index + 1, what: decl.name))
                    }
                }
            }
        }
        // Braces and statement ends on this line.
        for ch in line.code {
            switch ch {
            case "{":
                let d = declaration(header)
                var scope = Scope(isType: false, membersPublicByDefault: false, isPublic: false, isEnum: false)
                if let d, typeKeywords.contains(d.keyword) {
                    let explicitPublic = d.modifiers.contains("public") || d.modifiers.contains("open")
                    let parentPublic = scopes.last?.isPublic ?? true
                    let parentDefault = scopes.last?.membersPublicByDefault ?? false
                    let hasAccess = !d.modifiers.intersection(["internal", "fileprivate", "private", "package"]).isEmpty
                    scope.isType = true
                    scope.isEnum = d.keyword == "enum"
                    if d.keyword == "extension" {
                        scope.isPublic = !hasAccess
                        scope.membersPublicByDefault = explicitPublic
                    } else {
                        scope.isPublic = parentPublic && (explicitPublic || (parentDefault && !hasAccess))
                        scope.membersPublicByDefault = d.keyword == "protocol" && scope.isPublic
                    }
                }
                scopes.append(scope)
                header = ""
            case "}":
                if !scopes.isEmpty { scopes.removeLast() }
                header = ""
            case ";":
                header = ""
            default:
                header.append(ch)
            }
        }
        header.append(" ")
        // A declaration without a body ends at the end of its line unless the line obviously
        // continues (open parenthesis or bracket, trailing operator or comma).
        let open = header.filter { $0 == "(" || $0 == "[" }.count - header.filter { $0 == ")" || $0 == "]" }.count
        let end = header.trimmingCharacters(in: .whitespaces)
        if open <= 0 && !(end.hasSuffix(",") || end.hasSuffix("=") || end.hasSuffix("->") || end.hasSuffix(":")
                          || end.hasSuffix("&") || end.hasSuffix("where")) {
            if let next = lines.dropFirst(index + 1).first(where: { !$0.code.trimmingCharacters(in: .whitespaces).isEmpty }),
               let first = next.code.trimmingCharacters(in: .whitespaces).first, "{.:-&=?".contains(first)
                || next.code.trimmingCharacters(in: .whitespaces).hasPrefix("where") {
                continue
            }
            header = ""
        }
    }
    return (count, missing)
}

/// Whether a doc comment ends right above line `index` (attribute and `#if` lines may sit
/// between).
func hasDocComment(_ lines: [Line], before index: Int) -> Bool {
    var k = index - 1
    while k >= 0 {
        let code = lines[k].code.trimmingCharacters(in: .whitespaces)
        if lines[k].isDocComment { return true }
        if code.hasPrefix("@") || code.hasPrefix("#") { k -= 1; continue }
        return false
    }
    return false
}

/// Top-level declarations of a C header and those without a comment above.
func checkHeader(_ path: String, display: String) -> (count: Int, missing: [Finding]) {
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return (0, []) }
    let lines = lex(source)
    var depth = 0
    var inStatement = false
    var count = 0
    var missing: [Finding] = []
    for (index, line) in lines.enumerated() {
        let code = line.code.trimmingCharacters(in: .whitespaces)
        if code.isEmpty || code.hasPrefix("#") || code.hasPrefix("extern \"") || code == "}" && depth == 0 { continue }
        if depth == 0 && !inStatement && (code.first?.isLetter == true || code.first == "_") {
            count += 1
            var k = index - 1
            while k >= 0 && lines[k].code.trimmingCharacters(in: .whitespaces).isEmpty && !lines[k].isComment { k -= 1 }
            let documented = k >= 0 && lines[k].isComment && lines[k].code.trimmingCharacters(in: .whitespaces).isEmpty
                && (k == index - 1)
            if !documented {
                let name = code.split(whereSeparator: { $0 == "(" || $0 == " " || $0 == "*" }).prefix(4).joined(separator: " ")
                missing.append(Finding(path: display, line: index + 1, what: name))
            }
        }
        for ch in line.code {
            if ch == "{" { depth += 1 }
            if ch == "}" { depth -= 1 }
        }
        inStatement = !(code.hasSuffix(";") || code.hasSuffix("}") || code.hasSuffix("{")) || depth > 0
        if depth == 0 && (code.hasSuffix(";") || code.hasSuffix("}")) { inStatement = false }
    }
    return (count, missing)
}

// MARK: Main

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath
let sources = root + "/Sources"
guard let folders = try? FileManager.default.contentsOfDirectory(atPath: sources).sorted() else {
    print("doc comments: no Sources folder under \(root)")
    exit(2)
}
var failed = false
var report: [String] = []
print("public declarations without a doc comment, per folder (report-only: \(reportOnly.sorted().joined(separator: ", "))):")
for folder in folders {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: sources + "/" + folder, isDirectory: &isDirectory), isDirectory.boolValue,
          let files = FileManager.default.enumerator(atPath: sources + "/" + folder)?.allObjects as? [String] else { continue }
    var count = 0
    var missing: [Finding] = []
    for file in files.sorted() {
        let path = sources + "/" + folder + "/" + file
        let display = "Sources/" + folder + "/" + file
        let result: (count: Int, missing: [Finding])
        if file.hasSuffix(".swift") {
            result = checkSwift(path, display: display, allTypes: allTypes.contains(folder))
        } else if file.hasSuffix(".h") && file.hasPrefix("include/") {
            result = checkHeader(path, display: display)
        } else {
            continue
        }
        count += result.count
        missing += result.missing
    }
    guard count > 0 || !missing.isEmpty else {
        print("  \(folder.padding(toLength: 18, withPad: " ", startingAt: 0)) no public declarations")
        continue
    }
    let strict = !reportOnly.contains(folder)
    let verdict = missing.isEmpty ? "ok" : strict ? "FAIL" : "report only"
    print("  \(folder.padding(toLength: 18, withPad: " ", startingAt: 0)) \(missing.count) of \(count) undocumented  \(verdict)")
    if !missing.isEmpty && strict { failed = true }
    for finding in missing {
        report.append("\(finding.path):\(finding.line): \(finding.what)\(strict ? "" : "  (report only)")")
    }
}
for line in report { print(line) }
exit(failed ? 1 : 0)
