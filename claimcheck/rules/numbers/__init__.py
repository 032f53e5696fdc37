"""NU: numbers — stated counts against what is listed."""
