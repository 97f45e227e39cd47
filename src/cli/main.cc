#include "cli/run.h"

int main(int argc, char** argv) { return kith::cli::Run(argc, argv); }
