import SlovoMorphology
import SlovoText

/// The data the entity extractor reads, loaded once from `Dictionaries/` and shared by all
/// threads: the place gazetteer, the tagger model and the stem keys of the word lists.
public final class EntityResources: Sendable {
    /// Known places.
    public let places: PlaceGazetteer
    /// Adjectives derived from places ("калужский" -> Калуга).
    let placeAdjectives: PlaceAdjectives
    let model: TaggerModel?
    /// How words are usually capitalized (empty when the file is absent).
    public let caseProfile: CaseProfile
    let legalForms: SmallKeySet
    /// The word lists and the first words of place names, by stem or lemma key, in one table.
    let stemFacts: StemFactsTable

    /// File names inside the dictionaries folder.
    public static let placesFile = "places.tsv"
    /// The tagger model's file name.
    public static let modelFile = "ner-model.bin"
    /// The case profile's file name.
    public static let caseProfileFile = "case-profile.bin"

    /// Loads the data from a dictionaries folder (see `DictionaryLocator`). A missing or
    /// unreadable tagger model is allowed only when `requireModel` is false (training
    /// bootstraps without one, and replaces a model of an older format).
    ///
    /// Loading takes two threads: the place adjectives and the case profile are built on a
    /// second thread while this one indexes the places and reads the model (about 10 ms in
    /// all on this project's 2-core machines, of a process's 50 ms budget to start).
    public init(folder: String, requireModel: Bool = true) throws(EntityDataError) {
        let placesBytes = try EntityResources.readFile(folder + "/" + EntityResources.placesFile)
        let placeList = try placesBytes.withUnsafeBufferPointer { bytes throws(EntityDataError) in
            try PlaceGazetteer.places(tsv: bytes)
        }
        let side = SideThread { () -> (PlaceAdjectives, Result<CaseProfile, EntityDataError>) in
            (PlaceAdjectives(places: placeList), EntityResources.loadCaseProfile(folder: folder))
        }
        places = PlaceGazetteer(places: placeList)
        let modelPath = folder + "/" + EntityResources.modelFile
        var loadedModel: TaggerModel? = nil
        var modelError: EntityDataError? = nil
        if let file = try? MappedFile(path: modelPath) {
            do throws(EntityDataError) {
                loadedModel = try TaggerModel(mapped: file)
            } catch {
                if requireModel { modelError = error }
            }
        } else if requireModel {
            modelError = EntityDataError(message: "cannot read \(modelPath)")
        }
        legalForms = SmallKeySet(EntityResources.stemKeys(EntityWordLists.legalForms))
        stemFacts = StemFactsTable(lists: [(EntityResources.stemKeys(EntityWordLists.organizationWords), .organizationWord),
                                           (EntityResources.stemKeys(EntityWordLists.personTitles), .personTitle),
                                           (EntityResources.stemKeys(EntityWordLists.regionWords), .regionWord)],
                                   firstWords: places.firstWords)
        let (adjectives, caseProfile) = side.join()
        if let modelError { throw modelError }
        model = loadedModel
        placeAdjectives = adjectives
        self.caseProfile = try caseProfile.get()
    }

    /// The case profile of the folder, or an empty one when the file is absent.
    static func loadCaseProfile(folder: String) -> Result<CaseProfile, EntityDataError> {
        guard let bytes = try? EntityResources.readFile(folder + "/" + EntityResources.caseProfileFile) else {
            return .success(CaseProfile())
        }
        return bytes.withUnsafeBytes { raw in
            do throws(EntityDataError) { return .success(try CaseProfile(bytes: raw)) } catch { return .failure(error) }
        }
    }

    /// Finds the dictionaries folder and loads the data.
    public convenience init(dictionaries: String? = nil) throws(EntityDataError) {
        let folder: String
        do throws(DictionaryLocator.NotFound) {
            folder = try DictionaryLocator.locate(explicit: dictionaries, requiredFile: EntityResources.placesFile)
        } catch {
            throw EntityDataError(message: error.description)
        }
        try self.init(folder: folder)
    }

    /// The process-wide entity data from the default places, loaded on first use and then
    /// shared. Thread-safe; a failed load is retried on the next call.
    public static func shared() throws(EntityDataError) -> EntityResources {
        try SharedEntityResources.instance.get()
    }

    static func stemKeys(_ words: [String]) -> Set<UInt64> {
        let tokenizer = Tokenizer()
        var keys = Set<UInt64>()
        for word in words {
            var w = word
            w.withUTF8 { bytes in
                let tokens = tokenizer.tokenize(bytes)
                if tokens.count == 1 { keys.insert(StemKeys.compute(bytes, tokens)[0]) }
            }
        }
        return keys
    }

    /// The bytes of a file, read at once into an array of its size (then to its end, should
    /// it have grown).
    static func readFile(_ path: String) throws(EntityDataError) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw EntityDataError(message: "cannot read \(path)") }
        defer { fclose(file) }
        var status = stat()
        let size = fstat(fileno(file), &status) == 0 ? max(0, Int(status.st_size)) : 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = size == 0 ? 0 : fread(buffer.baseAddress!, 1, size, file)
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw EntityDataError(message: "cannot read \(path)") }
        return bytes
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lazily loaded process-wide ``EntityResources``.
final class SharedEntityResources: @unchecked Sendable {
    static let instance = SharedEntityResources()
    private var mutex = pthread_mutex_t()
    private var resources: EntityResources?

    init() { pthread_mutex_init(&mutex, nil) }

    func get() throws(EntityDataError) -> EntityResources {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let resources { return resources }
        let loaded = try EntityResources()
        resources = loaded
        return loaded
    }
}
