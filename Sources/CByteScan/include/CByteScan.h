// Byte scanning with the x86-64 instructions Swift's SIMD types do not reach (`pmovmskb`): the
// CSV reader's event scanner (Sources/KPICore/Ingest/CSVEventScanner.swift) calls these on
// x86-64 and uses portable Swift elsewhere. Header-only and inline: each call compiles into
// the caller's loop.
#ifndef CBYTESCAN_H
#define CBYTESCAN_H

#include <stdint.h>

#if defined(__x86_64__)
#include <emmintrin.h>

/// Bit i set when byte i of the 16 at `bytes` is `separator`, a line feed or a double quote.
static inline uint32_t kpi_csv_events16(const uint8_t *bytes, uint8_t separator) {
    __m128i block = _mm_loadu_si128((const __m128i *)bytes);
    __m128i events = _mm_or_si128(
        _mm_or_si128(
            _mm_cmpeq_epi8(block, _mm_set1_epi8((char)separator)), _mm_cmpeq_epi8(block, _mm_set1_epi8('\n'))),
        _mm_cmpeq_epi8(block, _mm_set1_epi8('"')));
    return (uint32_t)_mm_movemask_epi8(events);
}

/// Bit i set when byte i of the 16 at `bytes` has its high bit set (is not ASCII).
static inline uint32_t kpi_high_bits16(const uint8_t *bytes) {
    return (uint32_t)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)bytes));
}
#endif

#endif
