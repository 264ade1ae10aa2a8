"""auditor: a local privacy-and-profile auditor for LinkedIn, Facebook, X and Instagram."""

__version__ = "0.1.0"
