#ifndef CSLOVO_ICU_H
#define CSLOVO_ICU_H

// The only doorway from Slovo to system ICU. This header deliberately exposes no ICU type
// (only stdint types), so Swift modules that import Foundation (which carries its own ICU)
// can import it without the "different definitions" clash described in the README.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One ICU word-break segment of a UTF-8 buffer, as byte offsets into that buffer.
/// `ruleStatus` is ICU's UWordBreak tag: 0..99 none (spaces, punctuation), 100..199 number,
/// 200..299 letter, 300..399 kana, 400..499 ideographic.
typedef struct SlovoSegment {
    int32_t start;
    int32_t end;
    int32_t ruleStatus;
} SlovoSegment;

/// Segments `length` bytes of valid UTF-8 with ICU's word break iterator (locale "ru").
/// Writes at most `capacity` segments; `capacity >= length` always suffices.
/// Returns the number of segments, -1 on an ICU error, -2 when `capacity` is too small.
/// Thread-safe: each thread uses its own cached iterator. O(length).
int32_t slovo_word_segments(const uint8_t *utf8, int32_t length,
                            SlovoSegment *segments, int32_t capacity);

/// Same segmentation over UTF-16 text already converted by the caller (benchmark reference).
/// Returns the number of word-break boundaries found (excluding the start), or -1 on error.
int32_t slovo_count_word_boundaries_utf16(const uint16_t *utf16, int32_t length);

/// Converts valid UTF-8 to UTF-16 (u_strFromUTF8). Returns the UTF-16 length or -1.
int32_t slovo_utf8_to_utf16(const uint8_t *utf8, int32_t length, uint16_t *out, int32_t capacity);

/// Normalizes UTF-8 text to NFC. Returns the needed output length in bytes (the output is
/// written only when it fits into `capacity`), or -1 on error.
int32_t slovo_nfc(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity);

/// Returns 1 when the UTF-8 text is already in NFC, 0 when not, -1 on error.
int32_t slovo_is_nfc(const uint8_t *utf8, int32_t length);

/// Full Unicode case folding of UTF-8 text. Returns the needed output length or -1.
int32_t slovo_fold_case(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity);

/// Guesses the charset of a byte buffer with ICU's charset detector. Writes the canonical
/// name (NUL-terminated) into `name`, and the confidence (0..100) into `confidence`.
/// Returns 0 on success, -1 when nothing was detected or on error.
int32_t slovo_detect_charset(const uint8_t *bytes, int32_t length,
                             char *name, int32_t nameCapacity, int32_t *confidence);

/// Converts bytes in the named charset to UTF-8. Returns the needed output length, -1 on an
/// unknown charset or conversion error, -2 when the input holds bytes invalid in that charset
/// (with `errorOffset` set to the first such byte).
int32_t slovo_convert_to_utf8(const char *charset, const uint8_t *bytes, int32_t length,
                              uint8_t *out, int32_t capacity, int32_t *errorOffset);

/// ICU's version string, e.g. "72.1".
const char *slovo_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
