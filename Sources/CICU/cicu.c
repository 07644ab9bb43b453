#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct cicu_breaker {
    UBreakIterator *iterator;
    UText text;
    int has_text;
};

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (error) *error = (int32_t)status;
        return NULL;
    }
    cicu_breaker *breaker = calloc(1, sizeof(cicu_breaker));
    if (!breaker) {
        ubrk_close(iterator);
        if (error) *error = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    UText empty = UTEXT_INITIALIZER;
    breaker->text = empty;
    if (error) *error = 0;
    return breaker;
}

int32_t cicu_breaker_set_text(cicu_breaker *breaker, const uint8_t *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    const char *bytes = utf8 ? (const char *)utf8 : empty;
    utext_openUTF8(&breaker->text, bytes, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    breaker->has_text = 1;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    return 0;
}

int64_t cicu_breaker_next(cicu_breaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : (int64_t)next;
}

int32_t cicu_breaker_rule_status(cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    if (breaker->has_text) utext_close(&breaker->text);
    free(breaker);
}

int64_t cicu_count_breaks(cicu_breaker *breaker, const uint8_t *utf8, int64_t length,
                          int64_t *status_sum) {
    if (cicu_breaker_set_text(breaker, utf8, length) != 0) return -1;
    int64_t count = 0, sum = 0;
    for (int32_t b = ubrk_first(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        count++;
        sum += ubrk_getRuleStatus(breaker->iterator);
    }
    if (status_sum) *status_sum = sum;
    return count;
}

/* NFC goes through UTF-16, which is what ICU's normaliser works on. */
static UChar *to_utf16(const uint8_t *utf8, int64_t length, int32_t *out_length) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8(NULL, 0, &needed, (const char *)utf8, (int32_t)length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
    status = U_ZERO_ERROR;
    UChar *buffer = malloc(sizeof(UChar) * (size_t)(needed + 1));
    if (!buffer) return NULL;
    u_strFromUTF8(buffer, needed + 1, out_length, (const char *)utf8, (int32_t)length, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    return buffer;
}

int32_t cicu_is_nfc(const uint8_t *utf8, int64_t length) {
    if (length > INT32_MAX / 2) return -1;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t len16 = 0;
    UChar *text = to_utf16(utf8, length, &len16);
    if (!text) return -1;
    UBool result = unorm2_isNormalized(nfc, text, len16, &status);
    free(text);
    if (U_FAILURE(status)) return -1;
    return result ? 1 : 0;
}

int64_t cicu_nfc(const uint8_t *utf8, int64_t length, uint8_t *out, int64_t capacity) {
    if (length > INT32_MAX / 4) return -1;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t len16 = 0;
    UChar *text = to_utf16(utf8, length, &len16);
    if (!text) return -1;
    int32_t cap16 = len16 * 3 + 16;
    UChar *normal = malloc(sizeof(UChar) * (size_t)cap16);
    if (!normal) { free(text); return -1; }
    int32_t normal_length = unorm2_normalize(nfc, text, len16, normal, cap16, &status);
    free(text);
    if (U_FAILURE(status)) { free(normal); return -1; }
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8((char *)out, (int32_t)(capacity > INT32_MAX ? INT32_MAX : capacity), &needed,
                normal, normal_length, &status);
    free(normal);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    if (U_FAILURE(status)) return -1;
    return needed;
}

uint32_t cicu_fold_case(uint32_t c) { return (uint32_t)u_foldCase((UChar32)c, U_FOLD_CASE_DEFAULT); }
int32_t cicu_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }
int32_t cicu_is_upper(uint32_t c) { return u_isUUppercase((UChar32)c) ? 1 : 0; }
int32_t cicu_is_lower(uint32_t c) { return u_isULowercase((UChar32)c) ? 1 : 0; }
int32_t cicu_is_alpha(uint32_t c) { return u_isUAlphabetic((UChar32)c) ? 1 : 0; }
int32_t cicu_is_space(uint32_t c) { return u_isUWhiteSpace((UChar32)c) ? 1 : 0; }

const char *cicu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
