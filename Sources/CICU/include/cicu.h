// CICU: a thin C layer over the system ICU (libicuuc, libicui18n).
//
// Swift cannot import ICU's own headers (Foundation bundles newer ICU headers and ICU renames its
// functions with a version suffix), so this header uses plain C types only. ICU headers are
// included in cicu.c alone.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of break iterator.
enum {
    CICU_BREAK_SENTENCE = 0,
    CICU_BREAK_WORD = 1
};

/// An ICU break iterator bound to a UTF-8 buffer (offsets are UTF-8 byte offsets).
typedef struct cicu_breaker cicu_breaker;

/// Opens a break iterator of `kind` for `locale` (e.g. "nb"). Returns NULL and sets `*error`
/// to a non-zero ICU error code on failure.
cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *error);

/// Points the iterator at `utf8[0..<length]`. The buffer must outlive the iteration.
/// Returns 0 on success, an ICU error code otherwise.
int32_t cicu_breaker_set_text(cicu_breaker *breaker, const uint8_t *utf8, int64_t length);

/// The next boundary (a UTF-8 byte offset), or -1 when done.
int64_t cicu_breaker_next(cicu_breaker *breaker);

/// The rule status of the boundary last returned (for words: 0-99 none, 100-199 number,
/// 200-299 letter, 300-399 kana, 400-499 ideographic).
int32_t cicu_breaker_rule_status(cicu_breaker *breaker);

void cicu_breaker_close(cicu_breaker *breaker);

/// Counts the boundaries of `kind` in `utf8` (used by the benchmark as "raw ICU" iteration).
/// For words also sums rule statuses into `*status_sum` so the work cannot be optimised away.
int64_t cicu_count_breaks(cicu_breaker *breaker, const uint8_t *utf8, int64_t length,
                          int64_t *status_sum);

/// Returns 1 if `utf8` is already in NFC, 0 if not, -1 on error.
int32_t cicu_is_nfc(const uint8_t *utf8, int64_t length);

/// Writes the NFC form of `utf8` into `out` (capacity `capacity` bytes). Returns the length
/// needed; if it exceeds `capacity`, nothing useful was written and the caller retries.
/// Returns -1 on error.
int64_t cicu_nfc(const uint8_t *utf8, int64_t length, uint8_t *out, int64_t capacity);

/// Simple (1:1) Unicode case folding of one code point (u_foldCase, default options).
uint32_t cicu_fold_case(uint32_t c);

/// The Unicode general category of `c` as ICU's UCharCategory value.
int32_t cicu_char_type(uint32_t c);

/// Whether `c` is upper case / lower case / a letter / white space.
int32_t cicu_is_upper(uint32_t c);
int32_t cicu_is_lower(uint32_t c);
int32_t cicu_is_alpha(uint32_t c);
int32_t cicu_is_space(uint32_t c);

/// The ICU version string, e.g. "72.1".
const char *cicu_version(void);

/// Asks the processor to bring the memory line at `address` into its caches (no effect on
/// results): a batch of table lookups whose slots are far apart then waits for memory once,
/// not once per lookup.
static inline void cicu_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#ifdef __cplusplus
}
#endif

#endif
