// System ICU, seen only by the C target CSlovoICU (see README, "Architecture").
#include <unicode/utypes.h>
