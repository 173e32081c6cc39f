"""Qt-free comparison engine: loading, segmentation, cruft, alignment, word diff, fact flags."""
