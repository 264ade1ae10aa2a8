"""Front ends over the interview core: the terminal (and, in auditor.web, the local page)."""
