// ICU calls for Slovo. ICU headers are included here only, never in the public header.
#include "CSlovoICU.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucasemap.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

// MARK: - Per-thread word-break state

typedef struct WordBreakState {
    UBreakIterator *iterator;
    UChar *utf16;          // the text being segmented, as UTF-16
    int32_t *utf8Offsets;  // utf8Offsets[i] = byte offset of UTF-16 unit i (plus one past the end)
    int32_t capacity;      // units allocated in both arrays
} WordBreakState;

static pthread_key_t stateKey;
static pthread_once_t stateKeyOnce = PTHREAD_ONCE_INIT;

static void destroyState(void *pointer) {
    WordBreakState *state = (WordBreakState *)pointer;
    if (state == NULL) return;
    if (state->iterator) ubrk_close(state->iterator);
    free(state->utf16);
    free(state->utf8Offsets);
    free(state);
}

static void makeStateKey(void) { pthread_key_create(&stateKey, destroyState); }

static WordBreakState *threadState(void) {
    pthread_once(&stateKeyOnce, makeStateKey);
    WordBreakState *state = (WordBreakState *)pthread_getspecific(stateKey);
    if (state != NULL) return state;
    state = (WordBreakState *)calloc(1, sizeof(WordBreakState));
    if (state == NULL) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    state->iterator = ubrk_open(UBRK_WORD, "ru", NULL, 0, &status);
    if (U_FAILURE(status)) { free(state); return NULL; }
    pthread_setspecific(stateKey, state);
    return state;
}

static int reserve(WordBreakState *state, int32_t units) {
    if (units <= state->capacity) return 1;
    int32_t capacity = units < 1024 ? 1024 : units + units / 2;
    UChar *utf16 = (UChar *)realloc(state->utf16, sizeof(UChar) * (size_t)capacity);
    if (utf16 == NULL) return 0;
    state->utf16 = utf16;
    int32_t *offsets = (int32_t *)realloc(state->utf8Offsets, sizeof(int32_t) * (size_t)capacity);
    if (offsets == NULL) return 0;
    state->utf8Offsets = offsets;
    state->capacity = capacity;
    return 1;
}

// Decodes valid UTF-8 into UTF-16, recording the byte offset of every UTF-16 unit.
// Returns the number of UTF-16 units written.
static int32_t decodeWithOffsets(const uint8_t *s, int32_t length, UChar *out, int32_t *offsets) {
    int32_t i = 0, u = 0;
    while (i < length) {
        uint8_t b = s[i];
        int32_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (i + n > length) break;  // truncated sequence: the caller promised valid UTF-8
        uint32_t c;
        if (n == 1) c = b;
        else if (n == 2) c = ((uint32_t)(b & 0x1F) << 6) | (s[i + 1] & 0x3F);
        else if (n == 3) {
            c = ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        } else {
            c = ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12)
                | ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        }
        if (c < 0x10000) {
            offsets[u] = i; out[u++] = (UChar)c;
        } else {
            c -= 0x10000;
            offsets[u] = i; out[u++] = (UChar)(0xD800 + (c >> 10));
            offsets[u] = i; out[u++] = (UChar)(0xDC00 + (c & 0x3FF));
        }
        i += n;
    }
    offsets[u] = i;
    return u;
}

int32_t slovo_word_segments(const uint8_t *utf8, int32_t length,
                            SlovoSegment *segments, int32_t capacity) {
    if (length <= 0) return 0;
    WordBreakState *state = threadState();
    if (state == NULL || !reserve(state, length + 1)) return -1;
    int32_t units = decodeWithOffsets(utf8, length, state->utf16, state->utf8Offsets);
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(state->iterator, state->utf16, units, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    int32_t previous = ubrk_first(state->iterator);
    for (int32_t next = ubrk_next(state->iterator); next != UBRK_DONE;
         next = ubrk_next(state->iterator)) {
        if (count >= capacity) return -2;
        segments[count].start = state->utf8Offsets[previous];
        segments[count].end = state->utf8Offsets[next];
        segments[count].ruleStatus = ubrk_getRuleStatus(state->iterator);
        count++;
        previous = next;
    }
    // Release the reference to the text so that no dangling pointer is kept.
    ubrk_setText(state->iterator, NULL, 0, &status);
    return count;
}

int32_t slovo_count_word_boundaries_utf16(const uint16_t *utf16, int32_t length) {
    WordBreakState *state = threadState();
    if (state == NULL) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(state->iterator, (const UChar *)utf16, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    int32_t statusSum = 0;
    for (int32_t next = ubrk_next(state->iterator); next != UBRK_DONE;
         next = ubrk_next(state->iterator)) {
        statusSum += ubrk_getRuleStatus(state->iterator);
        count++;
    }
    ubrk_setText(state->iterator, NULL, 0, &status);
    return statusSum < 0 ? -1 : count;
}

int32_t slovo_utf8_to_utf16(const uint8_t *utf8, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = 0;
    u_strFromUTF8((UChar *)out, capacity, &written, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) return -1;
    return written;
}

// MARK: - Normalization and case folding

// Runs `transform` over UTF-16 and converts the result back to UTF-8.
typedef int32_t (*UTF16Transform)(const UChar *in, int32_t length, UChar *out, int32_t capacity,
                                  UErrorCode *status);

static int32_t transformUTF8(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity,
                             UTF16Transform transform) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, (const char *)utf8, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -1;
    status = U_ZERO_ERROR;
    UChar *source = (UChar *)malloc(sizeof(UChar) * (size_t)(units + 1));
    if (source == NULL) return -1;
    u_strFromUTF8(source, units + 1, NULL, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) { free(source); return -1; }
    int32_t resultCapacity = units * 3 + 16;
    UChar *result = (UChar *)malloc(sizeof(UChar) * (size_t)resultCapacity);
    if (result == NULL) { free(source); return -1; }
    int32_t resultLength = transform(source, units, result, resultCapacity, &status);
    free(source);
    if (U_FAILURE(status)) { free(result); return -1; }
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, capacity, &needed, result, resultLength, &status);
    free(result);
    if (status != U_BUFFER_OVERFLOW_ERROR && status != U_STRING_NOT_TERMINATED_WARNING
        && U_FAILURE(status)) return -1;
    return needed;
}

static int32_t nfcTransform(const UChar *in, int32_t length, UChar *out, int32_t capacity,
                            UErrorCode *status) {
    const UNormalizer2 *nfc = unorm2_getNFCInstance(status);
    if (U_FAILURE(*status)) return 0;
    return unorm2_normalize(nfc, in, length, out, capacity, status);
}

static int32_t foldTransform(const UChar *in, int32_t length, UChar *out, int32_t capacity,
                             UErrorCode *status) {
    return u_strFoldCase(out, capacity, in, length, U_FOLD_CASE_DEFAULT, status);
}

int32_t slovo_nfc(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity) {
    return transformUTF8(utf8, length, out, capacity, nfcTransform);
}

int32_t slovo_fold_case(const uint8_t *utf8, int32_t length, uint8_t *out, int32_t capacity) {
    return transformUTF8(utf8, length, out, capacity, foldTransform);
}

int32_t slovo_is_nfc(const uint8_t *utf8, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(NULL, 0, &units, (const char *)utf8, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -1;
    status = U_ZERO_ERROR;
    UChar *source = (UChar *)malloc(sizeof(UChar) * (size_t)(units + 1));
    if (source == NULL) return -1;
    u_strFromUTF8(source, units + 1, NULL, (const char *)utf8, length, &status);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    UBool normalized = U_SUCCESS(status) ? unorm2_isNormalized(nfc, source, units, &status) : 0;
    free(source);
    if (U_FAILURE(status)) return -1;
    return normalized ? 1 : 0;
}

// MARK: - Charsets

int32_t slovo_detect_charset(const uint8_t *bytes, int32_t length,
                             char *name, int32_t nameCapacity, int32_t *confidence) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t result = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *found = ucsdet_getName(match, &status);
        int32_t score = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && found != NULL && (int32_t)strlen(found) < nameCapacity) {
            strcpy(name, found);
            *confidence = score;
            result = 0;
        }
    }
    ucsdet_close(detector);
    return result;
}

int32_t slovo_convert_to_utf8(const char *charset, const uint8_t *bytes, int32_t length,
                              uint8_t *out, int32_t capacity, int32_t *errorOffset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(converter); return -1; }
    // Convert to UTF-16 first, stopping at the first illegal byte.
    int32_t unitsCapacity = length * 2 + 16;
    UChar *units = (UChar *)malloc(sizeof(UChar) * (size_t)unitsCapacity);
    if (units == NULL) { ucnv_close(converter); return -1; }
    UChar *target = units;
    const char *source = (const char *)bytes;
    ucnv_toUnicode(converter, &target, units + unitsCapacity, &source, source + length, NULL, 1, &status);
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND
        || status == U_TRUNCATED_CHAR_FOUND) {
        char invalid[8];
        int8_t invalidLength = sizeof(invalid);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
        *errorOffset = (int32_t)(source - (const char *)bytes) - invalidLength;
        free(units);
        ucnv_close(converter);
        return -2;
    }
    ucnv_close(converter);
    if (U_FAILURE(status)) { free(units); return -1; }
    int32_t unitCount = (int32_t)(target - units);
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, capacity, &needed, units, unitCount, &status);
    free(units);
    if (status != U_BUFFER_OVERFLOW_ERROR && status != U_STRING_NOT_TERMINATED_WARNING
        && U_FAILURE(status)) return -1;
    return needed;
}

static char versionString[U_MAX_VERSION_STRING_LENGTH];
static pthread_once_t versionOnce = PTHREAD_ONCE_INIT;

static void fillVersion(void) {
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, versionString);
}

const char *slovo_icu_version(void) {
    pthread_once(&versionOnce, fillVersion);
    return versionString;
}
