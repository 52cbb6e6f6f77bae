/// The binary layout of `Dictionaries/ru-lexicon.bin`, written by
/// `Dictionaries/generators/build_lexicon.py`. Everything is little-endian; no field is parsed
/// at load time beyond the header and the tag table (about 5,500 tags).
///
/// ```
/// header    "SLOVOLEX" u32 version u32 sectionCount, then per section: 4-byte name, u32 offset, u32 length
/// ALPH      the alphabet (UTF-8), must equal Alphabet.letters
/// SRCE      the source's name and revision (UTF-8)
/// GRAM      grammeme names, "\n"-separated: bit i of a tag is the i-th name
/// TAGS      u32 count, then per tag two u64 (bits 0-63, 64-127)
/// ENDD      display endings (ё kept): u32 count, u32 offsets[count + 1], codes
/// ENDF      folded endings (ё as е), sorted: the "folded ending ids"; same layout
/// PREF      paradigm prefixes ("", "по", "наи"), same layout
/// ENDK      hash table: every suffix of every folded ending, reversed -> folded ending id + 1, or 0
/// PARO      u32 per paradigm + 1: the first form of each paradigm in FORM and FIDX
/// FORM      per form: u8 prefix id, u8 0, u16 display ending id, u16 folded ending id, u16 tag id
/// FIDX      per paradigm, its forms sorted by folded ending: u16 folded ending id, u16 form index
/// STEM/GRPS folded stem -> n × (u16 paradigm, u32 ё positions of the stem, u8 lexeme prior)
/// STBF      Bloom filter of the folded stems: u32 bit count (a power of two), bits; a stem's bits
///           are bits 21-41 and 42-62 of its hash (modulo the count)
/// WHOL/WHLB folded word of a lexeme without stem -> n × (u16 paradigm, u16 form, u8 lexeme prior)
/// PTWT/PTWB word as written (ё kept) -> n × (u16 tag, u16 probability × 65535): OpenCorpora's P(tag | word)
/// PRED/PRDB reversed folded word suffix (1-5 letters) -> n × (u16 paradigm, u16 form, u16 count), most frequent first
/// ```
/// A hash table is `u32 slotCount (a power of two), u32 entryCount`, then per slot `u32 check,
/// u32 value` (empty: value 0xFFFFFFFF); a key's 64-bit FNV-1a chooses the slot (low bits,
/// linear probing) and gives the check (high 32 bits). In the X/Y pairs above, X is a hash
/// table whose values are offsets into the blob Y, where each entry is `u8 key length, key
/// codes, u8 n, n records` (the key is compared on lookup).
/// The lexeme prior is round(12 × log2(1 + f)) where f is the lexeme's frequency estimated by
/// expectation-maximization over the words of a corpus.
enum LexiconFormat {
    static let magic: [UInt8] = Array("SLOVOLEX".utf8)
    static let version: UInt32 = 3
    static let fileName = "ru-lexicon.bin"
}

/// Raw little-endian reads from mapped memory.
extension UnsafeRawPointer {
    @inline(__always) func u8(_ offset: Int) -> UInt8 { load(fromByteOffset: offset, as: UInt8.self) }
    @inline(__always) func u16(_ offset: Int) -> UInt16 { UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self)) }
    @inline(__always) func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    @inline(__always) func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
}

/// A section of the file: where it starts and its length.
struct Section {
    let base: UnsafeRawPointer
    let count: Int
}

/// 64-bit FNV-1a over codes, as the generator computes it.
enum CodeHash {
    static let basis: UInt64 = 14695981039346656037
    static let prime: UInt64 = 1099511628211
    @inline(__always) static func step(_ h: UInt64, _ code: UInt8) -> UInt64 { (h ^ UInt64(code)) &* prime }
}
