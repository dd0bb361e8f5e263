#ifndef CHUMCHONKPI_CPANGOCAIRO_SHIM_H
#define CHUMCHONKPI_CPANGOCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#endif
