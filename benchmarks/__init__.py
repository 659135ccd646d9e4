"""Benchmarks of how well ecomcareer reads what people write: phrases and whole documents."""
