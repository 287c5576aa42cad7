// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/allocatortuning.h"

#include <cstdlib> // defines __GLIBC__ (through <features.h>) where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace AllocatorTuning {

void applyForStreaming()
{
#if defined(__GLIBC__)
    // Setting either fixes both (glibc then stops adapting the mmap threshold by itself).
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace AllocatorTuning
