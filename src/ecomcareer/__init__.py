"""ecomcareer: a command-line career explorer for e-commerce jobs."""

__version__ = "0.1.0"
