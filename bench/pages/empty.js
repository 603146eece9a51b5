// An empty classic script: what loading any script costs, subtracted from the start-up figures.
