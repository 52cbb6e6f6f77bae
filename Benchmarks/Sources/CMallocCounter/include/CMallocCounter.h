#ifndef CMALLOC_COUNTER_H
#define CMALLOC_COUNTER_H
#include <stdint.h>

/// Heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made
/// by the whole process so far, or -1 where the counter is not available (it wraps glibc).
int64_t slovo_bench_malloc_count(void);
#endif
