// CByteScan is header-only (include/CByteScan.h); SwiftPM needs a source file to build it.
#include "CByteScan.h"
