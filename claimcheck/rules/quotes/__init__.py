"""QT: quotes — who said what, and the marks around it."""
