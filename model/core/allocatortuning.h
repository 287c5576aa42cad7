// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Process-wide malloc settings for streaming blobs, called first thing in main() by the GUI and
// the CLI (not by the engine: a library should not retune its host's allocator).
//
// A pull moves hundreds of MiB through Qt's network thread in 512 KiB arrays that another thread
// frees. With glibc's defaults the heap top is trimmed back to the system again and again, and
// every new array faults its pages in afresh (clear_page and the fault itself were ~5% of a
// pull's CPU time in perf, the network thread's largest cost after the socket copy). Keeping
// arrays below 4 MiB on the heap and trimming only past 32 MiB ends that churn for a few MiB of
// resident memory (bench/README.md has the figures). No-op where the C library is not glibc.
namespace AllocatorTuning {
void applyForStreaming();
}
