#ifndef CHUMCHONKPI_CZLIB_SHIM_H
#define CHUMCHONKPI_CZLIB_SHIM_H
#include <zlib.h>
#endif
