// Writes the synthetic pipeline the benchmark uses to a CSV file, to try the app itself on
// a large folder:
//
//   dealboard_generate_pipeline FILE [DEALS]     (100,000 deals by default)
//   dealboard import FILE --database big.db --folder Synthetic
#include "syntheticpipeline.h"

#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: dealboard_generate_pipeline FILE [DEALS]\n");
        return 2;
    }
    const int deals = argc == 3 ? std::atoi(argv[2]) : 100000;
    try {
        dealboard::bench::writeSyntheticPipeline(argv[1], deals);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "dealboard_generate_pipeline: %s\n", error.what());
        return 1;
    }
    std::printf("Wrote %d deals to %s\n", deals, argv[1]);
    return 0;
}
