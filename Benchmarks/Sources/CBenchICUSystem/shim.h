// System ICU for the benchmark reference; only CBenchICU's .c file includes ICU's headers.
#include <unicode/utypes.h>
