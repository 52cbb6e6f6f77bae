#ifndef CBENCH_ICU_H
#define CBENCH_ICU_H
// The raw ICU reference for the tokenizer benchmark. Exposes no ICU type (see the main
// package's README on Foundation's second ICU).
#include <stdint.h>

/// Converts `length` bytes of UTF-8 to UTF-16 into `scratch` (u_strFromUTF8) and counts ICU
/// word-break boundaries (locale "ru", ubrk_next until the end). The conversion is part of the
/// measured work. `capacity` must be at least `length`. Returns the number of boundaries after
/// the start, or -1 on an ICU error. The iterator is opened once per thread and kept.
int64_t slovo_bench_icu_word_boundaries(const uint8_t *utf8, int32_t length,
                                         uint16_t *scratch, int32_t capacity);

/// ICU's version string.
const char *slovo_bench_icu_version(void);
#endif
