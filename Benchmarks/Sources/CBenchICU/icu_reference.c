#include "CBenchICU.h"
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

static __thread UBreakIterator *iterator;

int64_t slovo_bench_icu_word_boundaries(const uint8_t *utf8, int32_t length,
                                         uint16_t *scratch, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8((UChar *)scratch, capacity, &units, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) return -1;
    if (iterator == NULL) {
        iterator = ubrk_open(UBRK_WORD, "ru", NULL, 0, &status);
        if (U_FAILURE(status)) { iterator = NULL; return -1; }
    }
    ubrk_setText(iterator, (const UChar *)scratch, units, &status);
    if (U_FAILURE(status)) return -1;
    int64_t boundaries = 0;
    ubrk_first(iterator);
    while (ubrk_next(iterator) != UBRK_DONE) boundaries++;
    return boundaries;
}

const char *slovo_bench_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
