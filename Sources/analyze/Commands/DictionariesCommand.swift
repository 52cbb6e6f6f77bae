#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Slovo

/// `analyze dictionaries`: where this binary finds Slovo's data files.
struct DictionariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dictionaries",
        abstract: "Print the data files this binary would load, or every place it looked.",
        discussion: """
            Slovo looks for each data file in these folders, in order, and takes the first that \
            holds it: $SLOVO_DICTIONARIES; Dictionaries/ next to the executable; \
            ../share/slovo/Dictionaries relative to it (where the installer puts them); and, in \
            builds that are not installed, the source tree. Prints the path of every data file \
            found that way, one per line; exits with 1 and one line listing every folder searched \
            when there is none.
            """
    )

    @Flag(help: "Print the folders searched, in order, instead of the files.")
    var searched = false

    func run() throws {
        let folders = DictionaryLocator.candidateFolders()
        if searched {
            for folder in folders { OutputStream.standardOutput.write(folder + "\n") }
            return
        }
        let files = Self.dataFiles(in: folders)
        guard !files.isEmpty else {
            throw CLIError.input("cannot find Slovo's dictionaries; looked in: \(folders.joined(separator: ", ")). "
                + "Set SLOVO_DICTIONARIES to the Dictionaries folder.")
        }
        for file in files { OutputStream.standardOutput.write(file + "\n") }
    }

    /// For every file name found in any of `folders` (regular files, not hidden, not in
    /// subfolders), its path in the first folder that holds it: the file a loader using
    /// ``DictionaryLocator`` would open. Sorted by name.
    static func dataFiles(in folders: [String]) -> [String] {
        var chosen: [String: String] = [:]
        for folder in folders {
            for name in regularFiles(in: folder) where chosen[name] == nil {
                chosen[name] = folder + "/" + name
            }
        }
        return chosen.keys.sorted().map { chosen[$0]! }
    }

    /// Names of the regular files directly in `folder` (following symbolic links), hidden ones
    /// left out; empty when the folder cannot be read.
    static func regularFiles(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            var info = stat()
            if stat(folder + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { names.append(name) }
        }
        return names
    }
}
