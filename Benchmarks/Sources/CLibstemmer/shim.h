// The Snowball project's C libstemmer (Debian: libstemmer-dev), the stemmer's reference.
#include <libstemmer.h>
