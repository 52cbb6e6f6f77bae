#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds Slovo's `Dictionaries/` folder at run time, without `Bundle.module` (which traps on
/// Linux when the build folder is gone).
///
/// Places searched, in order:
/// 1. the folder given explicitly (``locate(explicit:requiredFile:)``),
/// 2. `$SLOVO_DICTIONARIES`,
/// 3. `Dictionaries/` next to the running executable, and `../share/slovo/Dictionaries`
///    relative to it (the layout the installer writes under a prefix),
/// 4. the package's own source tree (for `swift run`, tests, and packages that depend on Slovo),
///    unless compiled with `-Xswiftc -DSLOVO_NO_SOURCE_TREE`: the installer builds so, so that
///    an installed binary never reads the build machine's checkout.
public enum DictionaryLocator {
    /// The folder could not be found: lists every place searched.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        /// The file that was looked for.
        public var file: String
        /// Every folder searched, in order.
        public var searched: [String]
        public var description: String {
            "cannot find Slovo's dictionaries (\(file)); looked in: " + searched.joined(separator: ", ")
                + ". Set SLOVO_DICTIONARIES to the Dictionaries folder."
        }
    }

    /// The folder that holds `requiredFile`, or an error listing every place searched.
    public static func locate(explicit: String? = nil, requiredFile: String) throws(NotFound) -> String {
        let candidates = candidateFolders(explicit: explicit)
        for folder in candidates where fileExists(folder + "/" + requiredFile) {
            return folder
        }
        throw NotFound(file: requiredFile, searched: candidates)
    }

    /// The folders searched, in order.
    public static func candidateFolders(explicit: String? = nil) -> [String] {
        var folders: [String] = []
        if let explicit { folders.append(explicit) }
        if let env = getenv("SLOVO_DICTIONARIES") { folders.append(String(cString: env)) }
        if let exe = executableFolder() {
            folders.append(exe + "/Dictionaries")
            folders.append(exe + "/../share/slovo/Dictionaries")
        }
        #if !SLOVO_NO_SOURCE_TREE
        folders.append(sourceTreeFolder())
        #endif
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// `<package root>/Dictionaries`, from this source file's compile-time path.
    static func sourceTreeFolder(file: String = #filePath) -> String {
        // .../Sources/SlovoText/DictionaryLocator.swift -> .../Dictionaries
        var parts = file.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Dictionaries"
    }

    static func executableFolder() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        var size: UInt32 = 4096
        var buffer = [CChar](repeating: 0, count: Int(size))
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        let path = String(cString: buffer)
        #endif
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
