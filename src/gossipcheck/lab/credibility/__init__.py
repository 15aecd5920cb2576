"""Training, evaluation and benchmarks of the credibility model."""
